import type { ScenarioGuide } from '../types';

/** Who the intro names and what backs the help list; loaded only on this scenario's pages. */
export const guide: ScenarioGuide = {
	parties: ['you', 'employer', 'eVerify', 'ssa', 'dhs'],
	help: [
		{ sources: ['EV-41', 'EV-40'] },
		{ sources: ['EV-16'] },
		{ sources: ['EV-21', 'EV-26'] },
		{ sources: [], status: 'advice' }
	]
};
