import type { LayoutLoad } from './$types';
import { pageTranslator } from '$lib/i18n/page-translator';
import type { LanguageCode } from '$lib/i18n/languages';

export const load: LayoutLoad = async ({ params }) => {
	// The `locale` matcher only lets shipped languages through.
	const lang = params.lang as LanguageCode;
	return { lang, tr: await pageTranslator(lang) };
};
