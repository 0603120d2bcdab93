import type { ScenarioGuide } from '../types';

/** Who the intro names and what backs the help list; loaded only on this scenario's pages. */
export const guide: ScenarioGuide = {
	parties: ['you', 'localPolice', 'jail', 'fbi', 'dhs', 'ice'],
	help: [
		{ sources: ['LA-104', 'LA-88'] },
		{ sources: ['LA-95', 'LA-96'] },
		{ sources: ['LA-102'] },
		{ sources: ['LA-97', 'LA-100', 'LA-101'] },
		{ sources: [], status: 'advice' }
	]
};
