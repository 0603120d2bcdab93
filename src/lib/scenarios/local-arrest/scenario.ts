import type { Scenario } from '../types';

/** "Stopped or arrested by local police": facts from shared/content/local-arrest.md, last checked on `reviewed`. */
export const scenario: Scenario = {
	id: 'local-arrest',
	order: 2,
	reviewed: '2026-11-21',
};
