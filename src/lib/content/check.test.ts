import { setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { readLocale } from '$lib/i18n/node-bundles';
import { dataItems } from '$lib/model/data-items';
import { parties } from '$lib/model/parties';
import { sourcesById } from '$lib/model/sources';
import type { Source } from '$lib/model/types';
import { loadAllScenarios, scenarios } from '$lib/scenarios';
import type { ChoiceEvent, StepMeta } from '$lib/scenarios/types';
import { checkContent, monthsBetween } from './check';

const registries = {
	parties: new Set(Object.keys(parties)),
	dataItems: new Set(Object.keys(dataItems))
};

describe('content check on the shipped content', () => {
	it('finds no errors and summarises every scenario', async () => {
		const loaded = await loadAllScenarios();
		const report = checkContent({
			scenarios: loaded,
			sources: sourcesById,
			...registries,
			english: (id) => readLocale('en', id)
		});
		expect(report.errors).toEqual([]);
		expect(report.summary.map((s) => s.scenario)).toEqual(scenarios.map((s) => s.id));
		for (const row of report.summary) {
			expect(row.transfers).toBeGreaterThan(0);
			expect(row.primaryShare).toBeGreaterThan(0);
			expect(row.primaryShare).toBeLessThanOrEqual(1);
		}
	});
});

// A deliberately broken scenario: every kind of mistake once, so each is known to be caught.
const meta = (m: Partial<StepMeta>): StepMeta => ({ kind: 'info', body: [{ sources: ['OK-1'] }], canDo: [], uncertain: [], transfers: [], ...m });
const broken = setup({ types: { events: {} as ChoiceEvent, meta: {} as StepMeta } }).createMachine({
	id: 'broken',
	initial: 'first',
	states: {
		first: {
			meta: meta({
				transfers: [
					{ id: 'noSource', data: ['name'], from: 'you', to: 'employer', certainty: 'documented', sources: [] },
					{ id: 'ghosts', data: ['ghostData' as 'name'], from: 'ghostParty' as 'you', to: 'employer', certainty: 'possible', sources: ['GONE-1'], unverified: ['retention'] }
				],
				uncertain: [{ sources: [], status: 'unverified' }]
			}),
			on: { 'choose.next': 'silent' }
		},
		silent: { type: 'final', meta: meta({ kind: 'outcome', body: [{ sources: ['OLD-1'] }] }) }
	}
});
const fixtureSources = new Map<string, Source>([
	['OK-1', { id: 'OK-1', title: 'Fine', publisher: 'Agency', published: '2026-01', url: 'https://example.gov/1', kind: 'primary' }],
	['OLD-1', { id: 'OLD-1', title: 'Old', publisher: 'Agency', published: '2019', url: 'https://example.gov/2', kind: 'secondary' }],
	['BAD-1', { id: 'BAD-1', title: 'No link', publisher: 'Agency', published: '' as string, url: '', kind: 'tertiary' as 'primary' }]
]);

describe('content check on a broken fixture', () => {
	const report = checkContent({
		scenarios: [{ scenario: { id: 'broken', order: 9, reviewed: '2026-11-21' }, machine: broken }],
		sources: fixtureSources,
		...registries,
		english: () => ({ steps: { first: { title: 'First', body: ['Text'] } } })
	});

	it.each([
		['a transfer without a source', 'broken › transfer noSource: no source'],
		['an unknown source', 'broken › transfer ghosts: unknown source GONE-1'],
		['an unknown party', 'broken › transfer ghosts: unknown party ghostParty'],
		['an unknown data item', 'broken › transfer ghosts: unknown data item ghostData'],
		['a source without URL', 'source BAD-1: no URL'],
		['a source without date', 'source BAD-1: no date (use null for a source that shows none)'],
		['a source without type', 'source BAD-1: no type (primary or secondary)'],
		['a state with no English text', 'broken › silent: no English text (steps.silent.title and .body)']
	])('fails on %s', (_, message) => {
		expect(report.errors).toContain(message);
	});

	it('warns on old sources and unverified claims, and summarises', () => {
		expect(report.warnings).toContain(
			'broken: source OLD-1 (2019) is more than 24 months older than the review date 2026-11-21'
		);
		expect(report.warnings).toContain('broken › first uncertain[0]: claim marked unverified');
		expect(report.warnings).toContain('broken › transfer ghosts: retention marked unverified');
		expect(report.summary).toEqual([
			{ scenario: 'broken', steps: 2, transfers: 2, primaryShare: 0, unverifiedClaims: 2 }
		]);
	});

	it('counts months between partial dates', () => {
		expect(monthsBetween('2024-11', '2026-11-21')).toBe(24);
		expect(monthsBetween('2019', '2026-11-21')).toBe(94);
	});
});
