import type { Scenario } from '../types';

/** "My employer runs E-Verify": facts from shared/content/e-verify.md, last checked on `reviewed`. */
export const scenario: Scenario = {
	id: 'e-verify',
	order: 1,
	reviewed: '2026-11-21',
};
