import { loadAllScenarios } from '$lib/scenarios';
import { pageTranslator } from '$lib/i18n/page-translator';
import type { LanguageCode } from '$lib/i18n/languages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => ({
	tr: await pageTranslator(params.lang as LanguageCode, ['model']),
	loaded: await loadAllScenarios()
});
