/**
 * Paths for the browser tests, generated from the scenario machines the same way the unit tests
 * do, so a new scenario is walked in the browser with no new test code.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AnyStateMachine } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';

export const root = path.resolve(import.meta.dirname, '..');

export interface ScenarioUnderTest {
	id: string;
	machine: AnyStateMachine;
}

/** Every scenario folder with its machine. */
export async function scenariosUnderTest(): Promise<ScenarioUnderTest[]> {
	const dir = path.join(root, 'src/lib/scenarios');
	const ids = fs
		.readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'machine.ts')))
		.map((d) => d.name);
	return Promise.all(
		ids.map(async (id) => {
			const module: Record<string, unknown> = await import(path.join(dir, id, 'machine.ts'));
			const machine = Object.values(module).find(
				(v): v is AnyStateMachine => typeof v === 'object' && v !== null && 'root' in v
			);
			if (!machine) throw new Error(`${id}/machine.ts exports no machine`);
			return { id, machine };
		})
	);
}

export interface WalkPath {
	/** Event types to click, in order. */
	events: string[];
	/** Step ids shown, from the first step to the last. */
	steps: string[];
}

const toWalkPath = (p: { steps: Array<{ state: { value: unknown }; event: { type: string } }> }): WalkPath => ({
	events: p.steps.slice(1).map((s) => s.event.type),
	steps: p.steps.map((s) => String(s.state.value))
});

function kindOf(machine: AnyStateMachine, step: string): string {
	return (machine.root.states[step]?.meta as { kind?: string } | undefined)?.kind ?? '';
}

/** The shortest path to every outcome step. */
export function pathsToOutcomes(machine: AnyStateMachine): WalkPath[] {
	return getShortestPaths(machine)
		.map(toWalkPath)
		.filter((p) => kindOf(machine, p.steps.at(-1)!) === 'outcome');
}

/** The longest simple path that ends at an outcome: the "full walk". */
export function fullWalk(machine: AnyStateMachine): WalkPath {
	const paths = getSimplePaths(machine)
		.map(toWalkPath)
		.filter((p) => kindOf(machine, p.steps.at(-1)!) === 'outcome')
		.sort((a, b) => b.steps.length - a.steps.length);
	return paths[0]!;
}

type Tree = Record<string, unknown>;

/** A string from a locale file, e.g. `words('es', 'e-verify', 'steps.jobOffer.title')`. */
export function words(lang: string, namespace: string, key: string): string {
	const file = path.join(root, 'locales', lang, `${namespace}.json`);
	const tree = JSON.parse(fs.readFileSync(file, 'utf8'));
	const value = key.split('.').reduce<unknown>((node, k) => (node as Tree | undefined)?.[k], tree);
	if (typeof value !== 'string') throw new Error(`No text at ${lang}/${namespace}.json ${key}`);
	return value;
}
