/** Facts across every scenario, for the map, glossary and sources pages. */
import type { AnyStateMachine } from 'xstate';
import type { Transfer } from '$lib/model/types';
import type { Scenario, ScenarioGuide } from '$lib/scenarios/types';
import { allTransfers, citedSourceIds } from './graph';

/** A transfer with the scenario it belongs to; its id is made unique across scenarios. */
export interface AtlasTransfer extends Transfer {
	scenario: string;
}

type Loaded = ReadonlyArray<{ scenario: Scenario; machine: AnyStateMachine; guide: ScenarioGuide }>;

/** Every transfer of every scenario, ids prefixed with the scenario (`e-verify:caseToEVerify`). */
export function atlasTransfers(loaded: Loaded): AtlasTransfer[] {
	return loaded.flatMap(({ scenario, machine }) =>
		allTransfers(machine).map((t) => ({ ...t, id: `${scenario.id}:${t.id}`, scenario: scenario.id }))
	);
}

/** What one party receives: grouped by sender, with the data and the scenarios it comes in. */
export function receivedBy(
	transfers: readonly AtlasTransfer[],
	party: string
): Array<{ from: string; data: string[]; scenarios: string[]; ids: string[] }> {
	const bySender = new Map<string, { from: string; data: string[]; scenarios: string[]; ids: string[] }>();
	for (const t of transfers.filter((t) => t.to === party)) {
		const entry = bySender.get(t.from) ?? { from: t.from, data: [], scenarios: [], ids: [] };
		for (const d of t.data) if (!entry.data.includes(d)) entry.data.push(d);
		if (!entry.scenarios.includes(t.scenario)) entry.scenarios.push(t.scenario);
		entry.ids.push(t.id);
		bySender.set(t.from, entry);
	}
	return [...bySender.values()];
}

/** For each source id, the scenarios that cite it (in a step or a transfer). */
export function sourceUse(loaded: Loaded): Map<string, string[]> {
	const use = new Map<string, string[]>();
	for (const { scenario, machine, guide } of loaded) {
		const ids = new Set([...citedSourceIds(machine), ...guide.help.flatMap((c) => c.sources)]);
		for (const id of ids) use.set(id, [...(use.get(id) ?? []), scenario.id]);
	}
	return use;
}
