/** Read-only questions about a scenario machine's graph: its steps, their choices, distances. */
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import type { StepMeta } from '$lib/scenarios/types';

/** One way out of a step: the event that answers it and the step it leads to. */
export interface Choice {
	event: string;
	/** The part after `choose.`; its label is `steps.<stepId>.choices.<id>`. */
	id: string;
	target: string;
}

/** The machine's top-level states, in the order they are written. */
export function stepNodes(machine: AnyStateMachine): AnyStateNode[] {
	return Object.values(machine.root.states);
}

/** Every step id of the machine. */
export function stepIds(machine: AnyStateMachine): string[] {
	return Object.keys(machine.root.states);
}

/** True when the machine has a step with this id. */
export function hasStep(machine: AnyStateMachine, stepId: string): boolean {
	return Object.hasOwn(machine.root.states, stepId);
}

function node(machine: AnyStateMachine, stepId: string): AnyStateNode {
	const found = machine.root.states[stepId];
	if (!found) throw new Error(`Unknown step "${stepId}" in machine "${machine.id}"`);
	return found;
}

/** The typed metadata of a step. */
export function stepMeta(machine: AnyStateMachine, stepId: string): StepMeta {
	const meta = node(machine, stepId).meta as StepMeta | undefined;
	if (!meta) throw new Error(`Step "${stepId}" of "${machine.id}" has no meta`);
	return meta;
}

/** True for a final state: the walk ends there. */
export function isFinal(machine: AnyStateMachine, stepId: string): boolean {
	return node(machine, stepId).type === 'final';
}

/** The choices a step offers, in the order the machine lists them. */
export function choicesOf(machine: AnyStateMachine, stepId: string): Choice[] {
	const choices: Choice[] = [];
	for (const [event, transitions] of node(machine, stepId).transitions) {
		for (const transition of transitions) {
			const target = transition.target?.[0]?.key ?? stepId;
			choices.push({ event, id: event.replace(/^choose\./, ''), target });
		}
	}
	return choices;
}

/**
 * For every step, an estimate of the answers left: the shortest route to each outcome that can
 * still be reached, and of those the longest. (The nearest outcome would say "almost done" at
 * the first step, because a side exit is one answer away.) Outcomes with no way on count 0.
 */
export function stepsLeftEstimates(machine: AnyStateMachine): Map<string, number> {
	const outcomes = new Set(stepIds(machine).filter((id) => stepMeta(machine, id).kind === 'outcome'));
	const estimates = new Map<string, number>();
	for (const from of stepIds(machine)) {
		const distance = new Map([[from, 0]]);
		const queue = [from];
		while (queue.length > 0) {
			const id = queue.shift() as string;
			for (const { target } of choicesOf(machine, id)) {
				if (!distance.has(target)) {
					distance.set(target, (distance.get(id) ?? 0) + 1);
					queue.push(target);
				}
			}
		}
		const toOutcomes = [...distance].filter(([id]) => outcomes.has(id)).map(([, d]) => d);
		estimates.set(from, Math.max(0, ...toOutcomes));
	}
	return estimates;
}

/** The shortest list of events from the start to `stepId`, or null when it cannot be reached. */
export function shortestEventsTo(machine: AnyStateMachine, stepId: string): string[] | null {
	const start = String(machine.config.initial);
	const previous = new Map<string, { from: string; event: string } | null>([[start, null]]);
	const queue = [start];
	while (queue.length > 0) {
		const id = queue.shift() as string;
		if (id === stepId) break;
		for (const { event, target } of choicesOf(machine, id)) {
			if (!previous.has(target)) {
				previous.set(target, { from: id, event });
				queue.push(target);
			}
		}
	}
	if (!previous.has(stepId)) return null;
	const events: string[] = [];
	for (let at = previous.get(stepId); at; at = previous.get(at.from)) events.unshift(at.event);
	return events;
}

/** Every transfer of the machine once, in the order its steps are written. */
export function allTransfers(machine: AnyStateMachine): StepMeta['transfers'] {
	const seen = new Map<string, StepMeta['transfers'][number]>();
	for (const id of stepIds(machine)) {
		for (const transfer of stepMeta(machine, id).transfers) seen.set(transfer.id, transfer);
	}
	return [...seen.values()];
}

/** Every source id the machine's steps cite: transfers and the claims behind its words. */
export function citedSourceIds(machine: AnyStateMachine): Set<string> {
	const ids = new Set<string>();
	for (const id of stepIds(machine)) {
		const meta = stepMeta(machine, id);
		for (const transfer of meta.transfers) for (const s of transfer.sources) ids.add(s);
		for (const claim of [...meta.body, ...meta.canDo, ...meta.uncertain]) for (const s of claim.sources) ids.add(s);
	}
	return ids;
}
