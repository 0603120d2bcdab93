/**
 * The only module that imports i18next. A Translator answers keys for one language and a set of
 * namespaces (one JSON file each under locales/<lang>/). Strings are never rendered as HTML, so
 * i18next's own escaping is off and Svelte's text escaping applies.
 */
import { createInstance, type i18n } from 'i18next';
import { sourceLanguage, type LanguageCode } from './languages';

/** Loads one namespace of one language, e.g. `('es', 'e-verify')`. */
export type BundleLoader = (lang: string, namespace: string) => Promise<Record<string, unknown>>;

export interface Translator {
	readonly lang: LanguageCode;
	/** The string at `key` (`namespace:path.to.key`), interpolated with `values`. */
	t(key: string, values?: Record<string, string | number>): string;
	/** The list of strings at `key` (for paragraph and bullet arrays); [] when absent. */
	list(key: string): string[];
	/** True when `key` exists in this language or in the English fallback. */
	has(key: string): boolean;
	/** Keys that were missing in this language and were answered in English instead. */
	readonly missing: ReadonlySet<string>;
}

async function loadBundles(lang: string, namespaces: readonly string[], load: BundleLoader) {
	const entries = await Promise.all(namespaces.map(async (ns) => [ns, await load(lang, ns)] as const));
	return Object.fromEntries(entries);
}

/**
 * A translator for `lang` and `namespaces`. The build refuses a locale with a missing key, so the
 * English fallback is a safety net: English bundles are fetched only when a key is missing
 * (`onFallback` runs once they are in, so the page can re-render).
 */
export async function createTranslator(
	lang: LanguageCode,
	namespaces: readonly string[],
	load: BundleLoader,
	onFallback: () => void = () => {}
): Promise<Translator> {
	const instance: i18n = createInstance();
	await instance.init({
		lng: lang,
		fallbackLng: sourceLanguage,
		ns: [...namespaces],
		defaultNS: namespaces[0],
		resources: { [lang]: await loadBundles(lang, namespaces, load) },
		interpolation: { escapeValue: false },
		returnNull: false
	});

	const missing = new Set<string>();
	let fallbackRequested = lang === sourceLanguage;

	function noteMissing(key: string, values?: Record<string, string | number>) {
		// With the values, so a plural key counts as present when its form for `count` is.
		if (instance.exists(key, { ...values, lng: lang, fallbackLng: false })) return;
		missing.add(key);
		if (fallbackRequested) return;
		fallbackRequested = true;
		void loadBundles(sourceLanguage, namespaces, load).then((bundles) => {
			for (const [ns, bundle] of Object.entries(bundles)) {
				instance.addResourceBundle(sourceLanguage, ns, bundle, true, false);
			}
			onFallback();
		});
	}

	return {
		lang,
		missing,
		t(key, values) {
			noteMissing(key, values);
			return String(instance.t(key, values));
		},
		list(key) {
			noteMissing(key);
			const value = instance.t(key, { returnObjects: true });
			return Array.isArray(value) ? value.map(String) : [];
		},
		has(key) {
			return instance.exists(key);
		}
	};
}
