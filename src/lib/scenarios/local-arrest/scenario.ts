import type { Scenario } from '../types';

/** "Stopped or arrested by local police": facts from shared/content/local-arrest.md, last checked on `reviewed`. */
export const scenario: Scenario = {
	id: 'local-arrest',
	order: 2,
	reviewed: '2026-11-21',
	parties: ['you', 'localPolice', 'jail', 'fbi', 'dhs', 'ice'],
	help: [
		{ sources: ['LA-104', 'LA-88'] },
		{ sources: ['LA-95', 'LA-96'] },
		{ sources: ['LA-102'] },
		{ sources: ['LA-97', 'LA-100', 'LA-101'] },
		{ sources: [], status: 'advice' }
	]
};
