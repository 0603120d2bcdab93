/** Parties first needed by the benefit-application scenario; reuse an existing id from another file rather than adding a twin.
 * fbi, obim, ident and cbp are defined in local-arrest.ts (tecs is part of cbp). */
import type { PartyEntry } from '../types';

export const benefitsParties = {
	asc: { kind: 'agency', partOf: 'uscis', sources: ['BN-01'] },
	cpms: { kind: 'system', partOf: 'uscis', sources: ['BN-02', 'BN-03'] },
	cardProduction: { kind: 'system', partOf: 'uscis', sources: ['BN-01'] },
	aFile: { kind: 'system', partOf: 'dhs', sources: ['BN-10', 'BN-11'] },
	fdns: { kind: 'agency', partOf: 'uscis', sources: ['BN-12', 'BN-13'] },
	uscisSpecialAgents: { kind: 'agency', partOf: 'uscis', sources: ['BN-16'] },
	prosecutors: { kind: 'agency', sources: ['BN-16'] },
	lawEnforcement: { kind: 'agency', sources: ['BN-12', 'BN-62'] },
	dod: { kind: 'agency', sources: ['BN-03'] },
	foreignPartners: { kind: 'agency', sources: ['BN-04', 'BN-03'] },
	tecs: { kind: 'system', partOf: 'cbp', sources: ['BN-09'] },
	eoir: { kind: 'agency', sources: ['BN-14'] },
	governmentOfficials: { kind: 'agency', sources: ['BN-28'] },
	abuser: { kind: 'person', sources: ['BN-24'] },
	save: { kind: 'system', partOf: 'uscis', sources: ['BN-29', 'BN-32'] },
	saveCaseCheck: { kind: 'system', partOf: 'save', sources: ['BN-30'] },
	stateBenefitsAgency: { kind: 'agency', sources: ['BN-48', 'BN-62', 'BN-59'] },
	hhs: { kind: 'agency', sources: ['BN-46', 'BN-57'] },
	cms: { kind: 'agency', partOf: 'hhs', sources: ['BN-41', 'BN-40', 'BN-46'] },
	hub: { kind: 'system', partOf: 'cms', sources: ['BN-40', 'BN-39'] },
	tmsis: { kind: 'system', partOf: 'cms', sources: ['BN-85', 'BN-46'] },
	marketplace: { kind: 'system', sources: ['BN-41'] },
	usda: { kind: 'agency', sources: ['BN-57', 'BN-63'] },
	irs: { kind: 'agency', sources: ['BN-64', 'BN-66'] }
} as const satisfies Record<string, PartyEntry>;
