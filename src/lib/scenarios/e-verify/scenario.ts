import type { Scenario } from '../types';

/** "My employer runs E-Verify": facts from shared/content/e-verify.md, last checked on `reviewed`. */
export const scenario: Scenario = {
	id: 'e-verify',
	order: 1,
	reviewed: '2026-11-21',
	parties: ['you', 'employer', 'eVerify', 'ssa', 'dhs'],
	help: [
		{ sources: ['EV-41', 'EV-40'] },
		{ sources: ['EV-16'] },
		{ sources: ['EV-21', 'EV-26'] },
		{ sources: [], status: 'advice' }
	]
};
