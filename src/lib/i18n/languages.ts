/** The languages Data Trail ships. Adding one: a folder under locales/ and a line here (a test checks both agree). */
import status from '../../../locales/status.json';

export interface Language {
	/** BCP 47 code; also the URL segment and the folder name under locales/. */
	code: string;
	/** The language's name in itself, for the picker. */
	native: string;
	dir: 'ltr' | 'rtl';
}

export const languages = [
	{ code: 'en', native: 'English', dir: 'ltr' },
	{ code: 'es', native: 'Español', dir: 'ltr' }
] as const satisfies readonly Language[];

export type LanguageCode = (typeof languages)[number]['code'];

export const sourceLanguage: LanguageCode = 'en';

/** True when `code` is a shipped language. */
export function isLanguage(code: string): code is LanguageCode {
	return languages.some((l) => l.code === code);
}

/** The text direction of a shipped language. */
export function directionOf(code: LanguageCode): 'ltr' | 'rtl' {
	return languages.find((l) => l.code === code)?.dir ?? 'ltr';
}

/**
 * The best shipped language for a browser's preference list (`navigator.languages`): an exact
 * match first, then the same base language, else English.
 */
export function pickLanguage(preferred: readonly string[]): LanguageCode {
	for (const tag of preferred) {
		const exact = languages.find((l) => l.code.toLowerCase() === tag.toLowerCase());
		if (exact) return exact.code;
		const base = tag.split('-')[0]?.toLowerCase();
		const sameBase = languages.find((l) => l.code.split('-')[0]?.toLowerCase() === base);
		if (sameBase) return sameBase.code;
	}
	return sourceLanguage;
}

/**
 * True when a person has not yet reviewed the language (a machine draft): pages then say so.
 * A language missing from locales/status.json counts as a draft.
 */
export function isDraft(code: string): boolean {
	const entry = (status as Record<string, { review?: string } | undefined>)[code];
	return entry?.review !== 'reviewed';
}
