/** Everyone and everything that holds data in any scenario. Words: `parties.<id>` in locales/<lang>/model.json. */
import type { PartyKind } from './types';

interface PartyEntry {
	kind: PartyKind;
	/** The party this one belongs to (a system to its agency, an agency to its department). */
	partOf?: string;
	/** Sources for the glossary description. */
	sources: readonly string[];
}

export const parties = {
	you: { kind: 'person', sources: [] },
	employer: { kind: 'organisation', sources: ['EV-05', 'EV-35'] },
	dhs: { kind: 'agency', sources: ['EV-24'] },
	uscis: { kind: 'agency', partOf: 'dhs', sources: ['EV-24'] },
	eVerify: { kind: 'system', partOf: 'uscis', sources: ['EV-24', 'EV-08'] },
	uscisVerification: { kind: 'agency', partOf: 'uscis', sources: ['EV-24', 'EV-26'] },
	monitoringCompliance: { kind: 'agency', partOf: 'uscis', sources: ['EV-62', 'EV-38', 'EV-37'] },
	myEVerify: { kind: 'system', partOf: 'uscis', sources: ['EV-28', 'EV-21'] },
	identityCompany: { kind: 'organisation', sources: ['EV-21'] },
	dhsRecords: { kind: 'system', partOf: 'dhs', sources: ['EV-25'] },
	ssa: { kind: 'agency', sources: ['EV-31', 'EV-33'] },
	numident: { kind: 'system', partOf: 'ssa', sources: ['EV-31', 'EV-33'] },
	ssaFieldOffice: { kind: 'agency', partOf: 'ssa', sources: ['EV-32'] },
	stateDmv: { kind: 'agency', sources: ['EV-30'] },
	passportRecords: { kind: 'system', sources: ['EV-06'] },
	ice: { kind: 'agency', partOf: 'dhs', sources: ['EV-52'] },
	ier: { kind: 'agency', sources: ['EV-40', 'EV-61', 'EV-41'] },
	dol: { kind: 'agency', sources: ['EV-52'] }
} as const satisfies Record<string, PartyEntry>;

export type PartyId = keyof typeof parties;

/** All party ids, in registry order. */
export const partyIds = Object.keys(parties) as PartyId[];
