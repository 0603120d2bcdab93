/** Where locale files come from in the app: one lazy chunk per language and namespace. */
import type { BundleLoader } from './translator';

// Lazy, so a page fetches only its own language's words; translator notes are never shipped.
const files = import.meta.glob<Record<string, unknown>>(
	['/locales/*/*.json', '!/locales/_context/*.json'],
	{ import: 'default' }
);

/** Loads `locales/<lang>/<namespace>.json`; a missing file is an error that names it. */
export const loadBundle: BundleLoader = async (lang, namespace) => {
	const path = `/locales/${lang}/${namespace}.json`;
	const loader = files[path];
	if (!loader) throw new Error(`Missing locale file ${path.slice(1)}`);
	return loader();
};
