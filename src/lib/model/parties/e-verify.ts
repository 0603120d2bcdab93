/** Parties of the E-Verify scenario (and shared ones: you, dhs, uscis, ice, ssa …). */
import type { PartyEntry } from '../types';

export const eVerifyParties = {
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
