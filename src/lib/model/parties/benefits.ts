/** Parties first needed by the benefit-application scenario; reuse an existing id from another file rather than adding a twin. */
import type { PartyEntry } from '../types';

export const benefitsParties = {} as const satisfies Record<string, PartyEntry>;
