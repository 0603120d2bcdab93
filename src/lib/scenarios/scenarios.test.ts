/**
 * Model-based tests for every scenario: paths come from the machines (xstate/graph), so a new
 * scenario is covered with no new test code.
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { languages } from '$lib/i18n/languages';
import { readLocale } from '$lib/i18n/node-bundles';
import { sourcesById } from '$lib/model/sources';
import { parties } from '$lib/model/parties';
import { dataItems } from '$lib/model/data-items';
import { allTransfers, choicesOf, isFinal, shortestEventsTo, stepIds, stepMeta } from '$lib/walkthrough/graph';
import { currentStep, isFinished, progress, replay, trail } from '$lib/walkthrough/walk';
import { loadAllScenarios, scenarios } from './index';

type Tree = Record<string, unknown>;

function at(tree: unknown, path: string): unknown {
	return path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
}

const loaded = await loadAllScenarios();

it('has at least one scenario', () => {
	expect(loaded.length).toBeGreaterThan(0);
});

describe.each(loaded)('scenario $scenario.id', ({ scenario, machine, guide }) => {
	const ids = stepIds(machine);
	const shortest = getShortestPaths(machine);

	it('reaches every step, and every outcome, from the start', () => {
		const reached = new Set(shortest.map((p) => String(p.state.value)));
		expect([...reached].sort()).toEqual([...ids].sort());
		const outcomes = ids.filter((id) => stepMeta(machine, id).kind === 'outcome');
		expect(outcomes.length).toBeGreaterThan(0);
		for (const id of ids.filter((id) => isFinal(machine, id))) expect(outcomes).toContain(id);
	});

	it('gives every step that is not final a way out, and final steps none', () => {
		for (const id of ids) {
			expect(choicesOf(machine, id).length > 0, id).toBe(!isFinal(machine, id));
		}
	});

	it('finds the same shortest paths as xstate/graph', () => {
		for (const path of shortest) {
			expect(shortestEventsTo(machine, String(path.state.value))?.length).toBe(path.steps.length - 1);
		}
	});

	const simplePaths = getSimplePaths(machine);
	it(`walks all ${simplePaths.length} simple paths through the engine, with the right trail`, () => {
		expect(simplePaths.length).toBeGreaterThan(0);
		for (const path of simplePaths) {
			const events = path.steps.slice(1).map((s) => s.event.type);
			const walk = replay(machine, events);
			expect(walk, events.join(' > ')).not.toBeNull();
			if (!walk) continue;
			const visited = path.steps.map((s) => String(s.state.value));
			expect(currentStep(walk)).toBe(String(path.state.value));
			expect(walk.steps).toEqual(visited);
			expect(trail(walk).map((e) => e.transfer.id)).toEqual(
				visited.flatMap((id) => stepMeta(machine, id).transfers.map((t) => t.id))
			);
			expect(progress(walk).done).toBe(visited.length);
			expect(progress(walk).total).toBeGreaterThanOrEqual(visited.length);
			if (isFinished(walk)) expect(progress(walk).total).toBe(visited.length);
		}
	});

	it('names only parties, data items and sources that exist', () => {
		for (const transfer of allTransfers(machine)) {
			expect(Object.hasOwn(parties, transfer.from), `${transfer.id} from`).toBe(true);
			expect(Object.hasOwn(parties, transfer.to), `${transfer.id} to`).toBe(true);
			for (const item of transfer.data) expect(Object.hasOwn(dataItems, item), `${transfer.id} ${item}`).toBe(true);
			expect(transfer.sources.length, `${transfer.id} has a source`).toBeGreaterThan(0);
			for (const id of transfer.sources) expect(sourcesById.has(id), `${transfer.id} ${id}`).toBe(true);
		}
		for (const id of ids) {
			const meta = stepMeta(machine, id);
			for (const claim of [...meta.body, ...meta.canDo, ...meta.uncertain]) {
				for (const source of claim.sources) expect(sourcesById.has(source), `${id} cites ${source}`).toBe(true);
				if (!claim.status) expect(claim.sources.length, `${id}: a stated fact needs a source`).toBeGreaterThan(0);
			}
		}
		for (const claim of guide.help) for (const s of claim.sources) expect(sourcesById.has(s)).toBe(true);
		for (const party of guide.parties) expect(Object.hasOwn(parties, party)).toBe(true);
	});

	it('has unique transfer ids', () => {
		const all = ids.flatMap((id) => stepMeta(machine, id).transfers);
		const byId = new Map(all.map((t) => [t.id, t]));
		for (const t of all) expect(byId.get(t.id), `transfer id ${t.id} reused for another transfer`).toBe(t);
	});

	describe.each(languages.map((l) => l.code))('in %s', (lang) => {
		const words = readLocale(lang, scenario.id);
		const common = readLocale(lang, 'common');
		const model = readLocale(lang, 'model');
		const text = (tree: unknown, path: string) => {
			const value = at(tree, path);
			expect(typeof value === 'string' && value.trim().length > 0, `${lang}: ${path}`).toBe(true);
		};
		const list = (path: string, length: number) => {
			const value = at(words, path) ?? [];
			expect(Array.isArray(value) ? value.length : -1, `${lang}: ${path} has ${length} items`).toBe(length);
		};

		it('has the words of every step (state id = key), in the shape its meta says', () => {
			for (const id of ids) {
				const meta = stepMeta(machine, id);
				text(words, `steps.${id}.title`);
				list(`steps.${id}.body`, meta.body.length);
				list(`steps.${id}.canDo`, meta.canDo.length);
				list(`steps.${id}.uncertain`, meta.uncertain.length);
				expect(meta.body.length, `${id} says something`).toBeGreaterThan(0);
				for (const choice of choicesOf(machine, id)) text(words, `steps.${id}.choices.${choice.id}`);
				if (meta.kind === 'question') text(words, `steps.${id}.question`);
			}
		});

		it('explains why and how long for every transfer, and names every party and data item', () => {
			for (const transfer of allTransfers(machine)) {
				text(words, `transfers.${transfer.id}.basis`);
				text(words, `transfers.${transfer.id}.retention`);
				for (const party of [transfer.from, transfer.to]) {
					text(model, `parties.${party}.name`);
					text(model, `parties.${party}.short`);
				}
				for (const item of transfer.data) text(model, `dataItems.${item}`);
			}
		});

		it('has its intro, help and home card', () => {
			text(common, `scenarios.${scenario.id}.title`);
			text(common, `scenarios.${scenario.id}.card`);
			text(words, 'intro.for');
			text(words, 'intro.what');
			list('help', guide.help.length);
			for (const party of guide.parties) text(model, `parties.${party}.description`);
		});
	});
});
