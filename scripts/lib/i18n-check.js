// @ts-check
/**
 * Checks every locale folder against English: valid JSON, same keys, same placeholders, complete
 * plural forms for the language, no markup, no empty strings, and a translator note per key.
 * Plain Node (no build step), so translators and CI can run it directly.
 */
import fs from 'node:fs';
import path from 'node:path';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const placeholder = /\{\{\s*-?\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g;
const markup = /<\/?[a-z][^>]*>/i;

/**
 * Flattens nested objects and arrays into dotted keys (`steps.jobOffer.body.0`).
 * @param {unknown} value
 * @param {string} prefix
 * @param {Map<string, unknown>} out
 */
export function flatten(value, prefix = '', out = new Map()) {
	if (value !== null && typeof value === 'object') {
		for (const [key, child] of Object.entries(value)) {
			flatten(child, prefix ? `${prefix}.${key}` : key, out);
		}
	} else {
		out.set(prefix, value);
	}
	return out;
}

/** @param {string} key */
const pluralBase = (key) => key.replace(pluralSuffix, '');

/** @param {string} text */
const placeholders = (text) => [...text.matchAll(placeholder)].map((m) => m[1]).sort().join(',');

/**
 * @param {string} file
 * @returns {{ data?: unknown, error?: string }}
 */
function readJson(file) {
	try {
		return { data: JSON.parse(fs.readFileSync(file, 'utf8')) };
	} catch (error) {
		return { error: error instanceof Error ? error.message : String(error) };
	}
}

/**
 * The plural categories a language needs; languages the runtime does not know fall back to
 * English rules, as i18next does.
 * @param {string} lang
 */
export function pluralCategories(lang) {
	try {
		return new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
	} catch {
		return new Intl.PluralRules('en').resolvedOptions().pluralCategories;
	}
}

/**
 * @param {string} localesDir the folder holding en/, _context/ and one folder per language
 * @returns {{ errors: string[], warnings: string[], languages: string[] }}
 */
export function checkLocales(localesDir) {
	/** @type {string[]} */
	const errors = [];
	/** @type {string[]} */
	const warnings = [];
	const rel = (/** @type {string} */ file) => path.relative(path.dirname(localesDir), file);
	const languages = fs
		.readdirSync(localesDir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && !d.name.startsWith('_'))
		.map((d) => d.name)
		.sort();
	const englishDir = path.join(localesDir, 'en');
	const namespaces = fs.readdirSync(englishDir).filter((f) => f.endsWith('.json')).sort();

	/** @type {Map<string, Map<string, unknown>>} */
	const english = new Map();
	for (const ns of namespaces) {
		const file = path.join(englishDir, ns);
		const { data, error } = readJson(file);
		if (error) {
			errors.push(`${rel(file)}: invalid JSON: ${error}`);
			continue;
		}
		english.set(ns, flatten(data));
	}

	// Translator notes: one per English key (plural forms share one note).
	for (const [ns, keys] of english) {
		const file = path.join(localesDir, '_context', ns);
		if (!fs.existsSync(file)) {
			errors.push(`${rel(file)}: missing (translator notes for ${ns})`);
			continue;
		}
		const { data, error } = readJson(file);
		if (error) {
			errors.push(`${rel(file)}: invalid JSON: ${error}`);
			continue;
		}
		const notes = new Set([...flatten(data).keys()].map(pluralBase));
		for (const key of new Set([...keys.keys()].map(pluralBase))) {
			if (!notes.has(key)) errors.push(`${rel(file)}: no translator note for key "${key}"`);
		}
	}

	for (const lang of languages) {
		const needed = pluralCategories(lang);
		for (const [ns, englishKeys] of english) {
			const file = path.join(localesDir, lang, ns);
			if (!fs.existsSync(file)) {
				errors.push(`${rel(file)}: missing file`);
				continue;
			}
			const { data, error } = readJson(file);
			if (error) {
				errors.push(`${rel(file)}: invalid JSON: ${error}`);
				continue;
			}
			const keys = flatten(data);
			const englishBases = new Map();
			for (const [key, value] of englishKeys) englishBases.set(pluralBase(key), value);
			const bases = new Set([...keys.keys()].map(pluralBase));

			for (const [base, englishValue] of englishBases) {
				if (!bases.has(base)) {
					errors.push(`${rel(file)}: missing key "${base}"`);
					continue;
				}
				const isPlural = [...englishKeys.keys()].some((k) => k !== base && pluralBase(k) === base);
				const forms = isPlural ? needed.map((c) => `${base}_${c}`) : [base];
				for (const key of forms) {
					if (!keys.has(key)) {
						errors.push(`${rel(file)}: missing plural form "${key}" (${lang} needs ${needed.join(', ')})`);
						continue;
					}
					const value = keys.get(key);
					if (typeof value !== 'string') {
						errors.push(`${rel(file)}: key "${key}" must be text`);
						continue;
					}
					if (value.trim() === '') errors.push(`${rel(file)}: key "${key}" is empty`);
					if (markup.test(value)) errors.push(`${rel(file)}: key "${key}" contains markup`);
					// A plural form may leave out {{count}} ("one file"); every other name must match.
					const names = (/** @type {string} */ text) =>
						isPlural ? placeholders(text).split(',').filter((n) => n && n !== 'count').join(',') : placeholders(text);
					if (names(value) !== names(String(englishValue))) {
						errors.push(
							`${rel(file)}: key "${key}" has placeholders {{${placeholders(value)}}} but English has {{${placeholders(String(englishValue))}}}`
						);
					}
				}
			}
			for (const key of keys.keys()) {
				if (!englishBases.has(pluralBase(key))) errors.push(`${rel(file)}: extra key "${key}" (not in English)`);
			}
		}
		for (const file of fs.readdirSync(path.join(localesDir, lang))) {
			if (file.endsWith('.json') && !english.has(file)) {
				errors.push(`${rel(path.join(localesDir, lang, file))}: extra file (no English ${file})`);
			}
		}
	}
	return { errors, warnings, languages };
}
