import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLocales } from './lib/i18n-check.js';

describe('i18n:check', () => {
	it('passes on the shipped locales', () => {
		expect(checkLocales(path.resolve('locales')).errors).toEqual([]);
	});

	// One broken fixture with one of each mistake, so each kind is known to be caught and named.
	const { errors } = checkLocales(path.resolve('tests/fixtures/locales-broken'));
	it.each([
		['invalid JSON, with the file', /locales-broken\/es\/extra\.json: invalid JSON/],
		['a renamed placeholder, with file and key', /es\/common\.json: key "greeting" has placeholders \{\{nombre\}\} but English has \{\{name\}\}/],
		['a missing plural form for the language', /es\/common\.json: missing plural form "items_many"/],
		['markup', /es\/common\.json: key "noNote" contains markup/],
		['an empty string', /es\/common\.json: key "title" is empty/],
		['an extra key', /es\/common\.json: extra key "surplus"/],
		['a key without a translator note', /_context\/common\.json: no translator note for key "noNote"/]
	])('catches %s', (_, pattern) => {
		expect(errors.some((e) => pattern.test(e)), errors.join('\n')).toBe(true);
	});

	it('catches a missing key', () => {
		const missing = checkLocales(path.resolve('tests/fixtures/locales-missing')).errors;
		expect(missing).toContain('locales-missing/es/common.json: missing key "farewell"');
	});
});
