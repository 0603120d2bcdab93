/**
 * Where locale files come from in the app. In the browser each file is a plain JSON asset with a
 * hashed name, fetched on its own (so a page gets only its language) and announced early with a
 * preload link in the prerendered HTML, so the words arrive alongside the code instead of after it.
 * While prerendering, the same files are imported directly.
 */
import type { BundleLoader } from './translator';

// Translator notes (_context) are never shipped. (Vite needs the patterns written out literally.)
const urls = import.meta.glob<string>(['/locales/*/*.json', '!/locales/_context/*.json'], {
	query: '?url',
	import: 'default',
	eager: true
});
const modules = import.meta.env.SSR
	? import.meta.glob<Record<string, unknown>>(['/locales/*/*.json', '!/locales/_context/*.json'], {
			import: 'default'
		})
	: {};

function fileOf(lang: string, namespace: string): string {
	return `/locales/${lang}/${namespace}.json`;
}

/** The URL of a locale file in the build, for a preload link; undefined when there is none. */
export function bundleUrl(lang: string, namespace: string): string | undefined {
	return urls[fileOf(lang, namespace)];
}

/** Loads `locales/<lang>/<namespace>.json`; a missing file is an error that names it. */
export const loadBundle: BundleLoader = async (lang, namespace) => {
	const file = fileOf(lang, namespace);
	if (import.meta.env.SSR) {
		const load = modules[file];
		if (!load) throw new Error(`Missing locale file ${file.slice(1)}`);
		return load();
	}
	const url = urls[file];
	if (!url) throw new Error(`Missing locale file ${file.slice(1)}`);
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not load ${file.slice(1)} (HTTP ${response.status})`);
	return response.json();
};
