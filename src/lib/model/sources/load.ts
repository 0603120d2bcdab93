/**
 * Loads only the citations a page needs: each dossier's list is its own chunk, so a scenario
 * page does not ship every other scenario's sources.
 */
import type { Source } from '../types';

// One file per dossier, found by the id prefix (a test checks every id is in its prefix's file).
export const fileByPrefix: Record<string, string> = {
	EV: './e-verify.ts',
	LA: './local-arrest.ts',
	BN: './benefits.ts'
};

const files = import.meta.glob<Record<string, Source[]>>(['./e-verify.ts', './local-arrest.ts', './benefits.ts']);

/** The prefix of a source id: `EV` for `EV-05`. */
export function prefixOf(id: string): string {
	return id.split('-')[0] ?? '';
}

/** The sources with these ids, by id; unknown ids are left out (the model tests refuse them). */
export async function loadSources(ids: Iterable<string>): Promise<Map<string, Source>> {
	const wanted = new Set(ids);
	const paths = new Set([...wanted].map((id) => fileByPrefix[prefixOf(id)]).filter((p) => p !== undefined));
	const lists = await Promise.all([...paths].map(async (p) => Object.values(await files[p]!()).flat()));
	return new Map(lists.flat().filter((s) => wanted.has(s.id)).map((s) => [s.id, s]));
}
