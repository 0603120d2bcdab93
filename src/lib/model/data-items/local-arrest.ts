/** Data items first needed by the local-arrest scenario; reuse an existing id from another file rather than adding a twin. */
import type { DataCategory } from '../types';

export const localArrestDataItems = {} as const satisfies Record<string, { category: DataCategory }>;
