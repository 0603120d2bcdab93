import { sources } from '$lib/model/sources';
import { loadAllScenarios } from '$lib/scenarios';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => ({ loaded: await loadAllScenarios(), sources });
