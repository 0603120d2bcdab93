/** The translator a page's load function builds: app bundles plus the page's own namespaces. */
import { fallbackArrived } from '$lib/state/locale.svelte';
import { loadBundle } from './bundles';
import type { LanguageCode } from './languages';
import { createTranslator, type Translator } from './translator';

/**
 * Every page needs the app's chrome (`common`); pages that name parties and data add `model`,
 * a scenario page its own namespace. The home page loads nothing else.
 */
export function pageTranslator(lang: LanguageCode, extra: readonly string[] = []): Promise<Translator> {
	return createTranslator(lang, ['common', ...extra], loadBundle, fallbackArrived);
}
