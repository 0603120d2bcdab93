import type { ScenarioGuide } from '../types';

/** Who the intro names and what backs the help list; loaded only on this scenario's pages. */
export const guide: ScenarioGuide = {
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
