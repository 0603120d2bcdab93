import type { Scenario } from '../types';

/** "Applying for a benefit": facts from shared/content/benefits.md, last checked on `reviewed`. */
export const scenario: Scenario = {
	id: 'benefits',
	order: 3,
	reviewed: '2026-11-21',
};
