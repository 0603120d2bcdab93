/**
 * The maintainer's content check: facts without sources, citations without the details a
 * reader needs, references to things that do not exist, steps with no words, and, as warnings,
 * old sources and unverified claims. Pure: the caller hands in the registries and the words.
 */
import type { AnyStateMachine } from 'xstate';
import type { Source } from '$lib/model/types';
import type { Scenario, ScenarioGuide } from '$lib/scenarios/types';
import { allTransfers, citedSourceIds, stepIds, stepMeta } from '$lib/walkthrough/graph';

export interface ContentInput {
	scenarios: ReadonlyArray<{ scenario: Scenario; machine: AnyStateMachine; guide?: ScenarioGuide }>;
	sources: ReadonlyMap<string, Source>;
	parties: ReadonlySet<string>;
	dataItems: ReadonlySet<string>;
	/** The English words of a scenario (its locale file), or undefined when there is none. */
	english: (scenarioId: string) => Record<string, unknown> | undefined;
}

export interface ScenarioSummary {
	scenario: string;
	steps: number;
	transfers: number;
	/** Share (0–1) of transfers with at least one primary source. */
	primaryShare: number;
	unverifiedClaims: number;
}

export interface ContentReport {
	errors: string[];
	warnings: string[];
	summary: ScenarioSummary[];
}

/** Months from `from` to `to` (partial ISO dates; missing month/day count as January/1st). */
export function monthsBetween(from: string, to: string): number {
	const [fy = 0, fm = 1] = from.split('-').map(Number);
	const [ty = 0, tm = 1] = to.split('-').map(Number);
	return (ty - fy) * 12 + (tm - fm);
}

const staleAfterMonths = 24;

export function checkContent(input: ContentInput): ContentReport {
	const errors: string[] = [];
	const warnings: string[] = [];
	const summary: ScenarioSummary[] = [];

	for (const source of input.sources.values()) {
		if (!source.url) errors.push(`source ${source.id}: no URL`);
		if (source.published === undefined || source.published === '') errors.push(`source ${source.id}: no date (use null for a source that shows none)`);
		if (source.kind !== 'primary' && source.kind !== 'secondary') errors.push(`source ${source.id}: no type (primary or secondary)`);
		if (!source.title || !source.publisher) errors.push(`source ${source.id}: no title or publisher`);
	}

	for (const { scenario, machine, guide } of input.scenarios) {
		const where = (step: string) => `${scenario.id} › ${step}`;
		const words = input.english(scenario.id);
		const steps = (words?.steps ?? {}) as Record<string, { title?: unknown; body?: unknown }>;
		let unverified = 0;
		const cite = (place: string, ids: readonly string[]) => {
			for (const id of ids) if (!input.sources.has(id)) errors.push(`${place}: unknown source ${id}`);
		};

		for (const step of stepIds(machine)) {
			const meta = stepMeta(machine, step);
			const text = steps[step];
			if (!text || typeof text.title !== 'string' || !Array.isArray(text.body) || text.body.length === 0) {
				errors.push(`${where(step)}: no English text (steps.${step}.title and .body)`);
			}
			for (const [field, claims] of [['body', meta.body], ['canDo', meta.canDo], ['uncertain', meta.uncertain]] as const) {
				claims.forEach((claim, i) => {
					cite(`${where(step)} ${field}[${i}]`, claim.sources);
					if (claim.status === 'unverified') {
						unverified += 1;
						warnings.push(`${where(step)} ${field}[${i}]: claim marked unverified`);
					}
				});
			}
		}

		guide?.help.forEach((claim, i) => cite(`${scenario.id} › help[${i}]`, claim.sources));

		const transfers = allTransfers(machine);
		let primary = 0;
		for (const transfer of transfers) {
			const place = `${scenario.id} › transfer ${transfer.id}`;
			if (transfer.sources.length === 0) errors.push(`${place}: no source`);
			cite(place, transfer.sources);
			for (const party of [transfer.from, transfer.to]) {
				if (!input.parties.has(party)) errors.push(`${place}: unknown party ${party}`);
			}
			for (const item of transfer.data) {
				if (!input.dataItems.has(item)) errors.push(`${place}: unknown data item ${item}`);
			}
			for (const field of transfer.unverified ?? []) {
				unverified += 1;
				warnings.push(`${place}: ${field} marked unverified`);
			}
			if (transfer.sources.some((id) => input.sources.get(id)?.kind === 'primary')) primary += 1;
		}

		for (const id of [...citedSourceIds(machine)].sort()) {
			const published = input.sources.get(id)?.published;
			if (published && monthsBetween(published, scenario.reviewed) > staleAfterMonths) {
				warnings.push(`${scenario.id}: source ${id} (${published}) is more than ${staleAfterMonths} months older than the review date ${scenario.reviewed}`);
			}
		}

		summary.push({
			scenario: scenario.id,
			steps: stepIds(machine).length,
			transfers: transfers.length,
			primaryShare: transfers.length ? primary / transfers.length : 0,
			unverifiedClaims: unverified
		});
	}
	return { errors, warnings, summary };
}
