/**
 * Parties first needed by the local-arrest scenario; reuse an existing id from another file rather than
 * adding a twin. `fbi`, `obim`, `ident` and `cbp` are shared with the benefit-application scenario.
 */
import type { PartyEntry } from '../types';

export const localArrestParties = {
	localPolice: { kind: 'agency', sources: ['LA-42'] },
	jail: { kind: 'agency', sources: ['LA-42', 'LA-94'] },
	officer287g: { kind: 'person', sources: ['LA-55', 'LA-01', 'LA-56'] },
	stateIdBureau: { kind: 'agency', sources: ['LA-17'] },
	fbi: { kind: 'agency', sources: ['LA-49', 'LA-38', 'LA-41'] },
	ngi: { kind: 'system', partOf: 'fbi', sources: ['LA-50', 'LA-51', 'LA-52'] },
	ncic: { kind: 'system', partOf: 'fbi', sources: ['LA-38', 'LA-42', 'LA-37'] },
	iii: { kind: 'system', partOf: 'fbi', sources: ['LA-35', 'LA-34'] },
	obim: { kind: 'agency', partOf: 'dhs', sources: ['LA-44', 'LA-45', 'LA-43'] },
	ident: { kind: 'system', partOf: 'obim', sources: ['LA-43', 'LA-16', 'LA-15', 'LA-45'] },
	cbp: { kind: 'agency', partOf: 'dhs', sources: ['LA-108'] },
	lesc: { kind: 'agency', partOf: 'ice', sources: ['LA-34', 'LA-35'] },
	ero: { kind: 'agency', partOf: 'ice', sources: ['LA-55', 'LA-33'] },
	eid: { kind: 'system', partOf: 'ice', sources: ['LA-54', 'LA-112'] },
	detaineeLocator: { kind: 'system', partOf: 'ice', sources: ['LA-112', 'LA-114'] },
	dataBrokers: { kind: 'organisation', sources: ['LA-94'] },
	consulate: { kind: 'agency', sources: ['LA-95', 'LA-96'] },
	court: { kind: 'agency', sources: ['LA-88', 'LA-90'] },
	defenceLawyer: { kind: 'person', sources: ['LA-88'] },
	probationOffice: { kind: 'agency', sources: ['LA-93', 'LA-92'] }
} as const satisfies Record<string, PartyEntry>;
