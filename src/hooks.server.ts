import type { Handle } from '@sveltejs/kit';
import { directionOf, isLanguage, sourceLanguage } from '$lib/i18n/languages';

/**
 * Writes `lang` and `dir` into the prerendered HTML itself, so the first paint is already in the
 * right language and direction (this runs while prerendering).
 */
export const handle: Handle = ({ event, resolve }) => {
	const param = event.params.lang ?? '';
	const lang = isLanguage(param) ? param : sourceLanguage;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%dir%', directionOf(lang))
	});
};
