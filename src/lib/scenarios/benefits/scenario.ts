import type { Scenario } from '../types';

/** "Applying for a benefit": facts from shared/content/benefits.md, last checked on `reviewed`. */
export const scenario: Scenario = {
	id: 'benefits',
	order: 3,
	reviewed: '2026-11-21',
	parties: ['you', 'uscis', 'ice', 'stateBenefitsAgency', 'save', 'cms'],
	help: [
		{ sources: ['BN-76'] },
		{ sources: ['BN-01'] },
		{ sources: ['BN-84'] },
		{ sources: ['BN-30'] },
		{ sources: ['BN-24', 'BN-26'] },
		{ sources: [], status: 'advice' }
	]
};
