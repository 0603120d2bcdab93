import { describe, expect, it, vi } from 'vitest';
import { createTranslator, type BundleLoader } from './translator';
import { pickLanguage } from './languages';

const bundles: Record<string, Record<string, Record<string, unknown>>> = {
	en: {
		common: {
			greeting: 'Hello {{name}}',
			only: 'Only in English',
			list: ['a', 'b'],
			files_one: '{{count}} file',
			files_other: '{{count}} files'
		}
	},
	es: {
		common: {
			greeting: 'Hola {{name}}',
			list: ['x', 'y'],
			files_one: '{{count}} archivo',
			files_many: '{{count}} de archivos',
			files_other: '{{count}} archivos'
		}
	}
};
const load: BundleLoader = async (lang, ns) => bundles[lang]![ns]!;

describe('translator', () => {
	it('interpolates without HTML escaping (Svelte escapes text itself)', async () => {
		const tr = await createTranslator('es', ['common'], load);
		expect(tr.t('greeting', { name: '<b>Ana</b>' })).toBe('Hola <b>Ana</b>');
		expect(tr.list('list')).toEqual(['x', 'y']);
	});

	it('does not fetch English for plural keys that the language has', async () => {
		const spy = vi.fn(load);
		const tr = await createTranslator('es', ['common'], spy);
		expect(tr.t('files', { count: 2 })).toBe('2 archivos');
		expect(tr.t('files', { count: 1 })).toBe('1 archivo');
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(spy).toHaveBeenCalledTimes(1);
		expect(tr.missing.size).toBe(0);
	});

	it('falls back to English for a missing key, fetching English only then', async () => {
		const spy = vi.fn(load);
		const changed = vi.fn();
		const tr = await createTranslator('es', ['common'], spy, changed);
		expect(spy).toHaveBeenCalledTimes(1);
		tr.t('only');
		await vi.waitFor(() => expect(changed).toHaveBeenCalled());
		expect(spy).toHaveBeenCalledWith('en', 'common');
		expect(tr.t('only')).toBe('Only in English');
		expect([...tr.missing]).toEqual(['only']);
	});
});

describe('pickLanguage', () => {
	it.each([
		[['es-MX', 'en'], 'es'],
		[['fr', 'es'], 'es'],
		[['en-US'], 'en'],
		[['de'], 'en'],
		[[], 'en']
	])('%j → %s', (preferred, expected) => {
		expect(pickLanguage(preferred)).toBe(expected);
	});
});
