/** Parties first needed by the local-arrest scenario; reuse an existing id from another file rather than adding a twin. */
import type { PartyEntry } from '../types';

export const localArrestParties = {} as const satisfies Record<string, PartyEntry>;
