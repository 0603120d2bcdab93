import { sources } from '$lib/model/sources';
import { loadAllScenarios } from '$lib/scenarios';
import type { PageLoad } from './$types';

// Names only scenarios and citations: the layout's words (common) are enough.
export const load: PageLoad = async () => ({
	loaded: await loadAllScenarios(),
	sources
});
