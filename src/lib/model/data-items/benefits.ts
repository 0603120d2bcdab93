/** Data items first needed by the benefit-application scenario; reuse an existing id from another file rather than adding a twin. */
import type { DataCategory } from '../types';

export const benefitsDataItems = {} as const satisfies Record<string, { category: DataCategory }>;
