/** Hands the page's translator to components without prop drilling; components never import i18next. */
import { getContext, setContext } from 'svelte';
import { fallbackWords } from '$lib/state/locale.svelte';
import type { Translator } from './translator';

const key = Symbol('translator');

/**
 * Makes `get` the translator for every component below the caller. Reading it also tracks the
 * English fallback, so text re-renders when fallback words arrive.
 */
export function provideTranslator(get: () => Translator): void {
	setContext(key, () => {
		void fallbackWords.version;
		return get();
	});
}

/** The current translator; read it inside markup or `$derived` so a change re-renders. */
export function useTranslator(): () => Translator {
	const get = getContext<(() => Translator) | undefined>(key);
	if (!get) throw new Error('No translator: wrap the component in a page that provides one');
	return get;
}

/** The context map that provides `get`, for rendering a component on its own (tests). */
export function translatorContext(get: () => Translator): Map<symbol, () => Translator> {
	return new Map([[key, get]]);
}
