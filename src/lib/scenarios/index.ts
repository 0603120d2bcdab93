/**
 * The scenario registry, built from the folders beside this file (see README.md). It throws at
 * build time on a broken folder, so a bad scenario never ships.
 */
import type { AnyStateMachine } from 'xstate';
import { languages } from '$lib/i18n/languages';
import type { Scenario, ScenarioGuide } from './types';

const scenarioModules = import.meta.glob<{ scenario: Scenario }>('./*/scenario.ts', { eager: true });
// Lazy: a scenario's machine and guide (its code) load only on that scenario's pages.
const machineModules = import.meta.glob<Record<string, unknown>>('./*/machine.ts');
const guideModules = import.meta.glob<{ guide: ScenarioGuide }>('./*/guide.ts');
const localeFiles = Object.keys(import.meta.glob('/locales/*/*.json'));

function folderOf(path: string): string {
	return path.split('/')[1] ?? '';
}

function buildRegistry(): Scenario[] {
	const found: Scenario[] = [];
	for (const [path, module] of Object.entries(scenarioModules)) {
		const { scenario } = module;
		const folder = folderOf(path);
		if (!scenario) throw new Error(`${path} must export \`scenario\``);
		if (scenario.id !== folder) throw new Error(`${path}: id "${scenario.id}" must equal its folder "${folder}"`);
		if (found.some((s) => s.id === scenario.id)) throw new Error(`Duplicate scenario id "${scenario.id}"`);
		if (!machineModules[`./${folder}/machine.ts`]) throw new Error(`Scenario "${folder}" has no machine.ts`);
		if (!guideModules[`./${folder}/guide.ts`]) throw new Error(`Scenario "${folder}" has no guide.ts`);
		for (const { code } of languages) {
			const file = `/locales/${code}/${scenario.id}.json`;
			if (!localeFiles.includes(file)) throw new Error(`Scenario "${scenario.id}" is missing ${file.slice(1)}`);
		}
		found.push(scenario);
	}
	return found.sort((a, b) => a.order - b.order);
}

/** Every scenario, in home-page order. */
export const scenarios: readonly Scenario[] = buildRegistry();

/** The scenario with this id, or undefined. */
export function findScenario(id: string): Scenario | undefined {
	return scenarios.find((s) => s.id === id);
}

function isMachine(value: unknown): value is AnyStateMachine {
	return typeof value === 'object' && value !== null && 'root' in value && 'config' in value;
}

/** Loads a scenario's machine (its own code chunk). */
export async function loadMachine(id: string): Promise<AnyStateMachine> {
	const load = machineModules[`./${id}/machine.ts`];
	if (!load) throw new Error(`Unknown scenario "${id}"`);
	const machine = Object.values(await load()).find(isMachine);
	if (!machine) throw new Error(`./${id}/machine.ts exports no state machine`);
	return machine;
}

/** Loads a scenario's guide: the parties its intro names and what backs its help list. */
export async function loadGuide(id: string): Promise<ScenarioGuide> {
	const load = guideModules[`./${id}/guide.ts`];
	if (!load) throw new Error(`Unknown scenario "${id}"`);
	return (await load()).guide;
}

/** The most recent review date across scenarios, for the home page footer. */
export function lastReviewed(): string {
	return scenarios.map((s) => s.reviewed).sort().at(-1) ?? '';
}

/** A scenario with its machine and guide, as the pages that show it need them. */
export interface LoadedScenario {
	scenario: Scenario;
	machine: AnyStateMachine;
	guide: ScenarioGuide;
}

/** Loads one scenario's machine and guide. */
export async function loadScenario(scenario: Scenario): Promise<LoadedScenario> {
	const [machine, guide] = await Promise.all([loadMachine(scenario.id), loadGuide(scenario.id)]);
	return { scenario, machine, guide };
}

/** Every scenario, loaded (for pages that span all scenarios: map, glossary, sources). */
export async function loadAllScenarios(): Promise<LoadedScenario[]> {
	return Promise.all(scenarios.map(loadScenario));
}
