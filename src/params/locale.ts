import type { ParamMatcher } from '@sveltejs/kit';
import { isLanguage } from '$lib/i18n/languages';

/** `[lang=locale]` matches only shipped languages; anything else falls to the helpful 404 page. */
export const match: ParamMatcher = (param) => isLanguage(param);
