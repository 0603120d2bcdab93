import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isDraft, languages } from '$lib/i18n/languages';
import { localesDir, readLocale } from '$lib/i18n/node-bundles';
import { dataItemFiles, dataItems } from './data-items';
import { parties, partyFiles } from './parties';
import { sources } from './sources';
import { fileByPrefix, loadSources, prefixOf } from './sources/load';

describe('sources', () => {
	it('have unique ids', () => {
		expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
	});

	it.each(sources.map((s) => [s.id, s] as const))('%s has title, publisher, URL, date and type', (_, s) => {
		expect(s.title.trim()).not.toBe('');
		expect(s.publisher.trim()).not.toBe('');
		expect(new URL(s.url).protocol).toMatch(/^https?:$/);
		for (const mirror of s.mirrors ?? []) expect(new URL(mirror).protocol).toMatch(/^https?:$/);
		// `published` is a partial ISO date, or null when the source itself shows no date.
		if (s.published !== null) expect(s.published).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
		expect(['primary', 'secondary']).toContain(s.kind);
	});
});

it('defines each party and data item once, across the per-scenario files', () => {
	const partyKeys = partyFiles.flatMap((f) => Object.keys(f));
	expect(partyKeys.length).toBe(new Set(partyKeys).size);
	const itemKeys = dataItemFiles.flatMap((f) => Object.keys(f));
	expect(itemKeys.length).toBe(new Set(itemKeys).size);
});

describe('parties', () => {
	it('belong only to parties that exist, without cycles', () => {
		const parentOf = (id: string): string | undefined => {
			const party = parties[id as keyof typeof parties];
			return 'partOf' in party ? party.partOf : undefined;
		};
		for (const [id, party] of Object.entries(parties)) {
			const seen = new Set([id]);
			let up = parentOf(id);
			while (up) {
				expect(Object.hasOwn(parties, up), `${id} is part of unknown ${up}`).toBe(true);
				expect(seen.has(up), `cycle at ${up}`).toBe(false);
				seen.add(up);
				up = parentOf(up);
			}
			for (const source of party.sources) expect(sources.some((s) => s.id === source), source).toBe(true);
		}
	});
});

describe.each(languages.map((l) => l.code))('model words in %s', (lang) => {
	const model = readLocale(lang, 'model') as {
		parties: Record<string, Record<string, string>>;
		dataItems: Record<string, string>;
	};

	it('name and describe every party, and name every data item', () => {
		for (const id of Object.keys(parties)) {
			for (const field of ['name', 'short', 'description']) {
				expect(model.parties[id]?.[field]?.trim(), `${lang} parties.${id}.${field}`).toBeTruthy();
			}
		}
		for (const id of Object.keys(dataItems)) expect(model.dataItems[id]?.trim(), id).toBeTruthy();
	});
});

it('ships exactly the languages that have a folder under locales/', () => {
	const folders = fs
		.readdirSync(localesDir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && !d.name.startsWith('_'))
		.map((d) => d.name)
		.sort();
	expect(languages.map((l) => l.code).sort()).toEqual(folders);
});

it('knows the review status of every language, and English is the reviewed source', () => {
	const status = JSON.parse(fs.readFileSync(`${localesDir}/status.json`, 'utf8'));
	for (const { code } of languages) expect(['draft', 'reviewed']).toContain(status[code]?.review);
	expect(isDraft('en')).toBe(false);
	expect(isDraft('es')).toBe(status.es.review === 'draft');
});

it('finds every source by its id prefix, loading only the files it needs', async () => {
	for (const source of sources) expect(fileByPrefix[prefixOf(source.id)], source.id).toBeDefined();
	const loaded = await loadSources(['EV-05', 'LA-01', 'NOPE-1']);
	expect([...loaded.keys()].sort()).toEqual(['EV-05', 'LA-01']);
	expect(loaded.get('EV-05')).toEqual(sources.find((s) => s.id === 'EV-05'));
});
