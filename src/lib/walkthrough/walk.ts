/**
 * The walkthrough engine: a walk is the list of answers a person gave, replayed through the
 * scenario machine with XState's pure `transition`. Keeping answers (not a running actor) makes
 * Back, restart, reload and deep links the same operation: replay a shorter or longer list.
 */
import { initialTransition, transition, type AnyStateMachine, type AnyMachineSnapshot } from 'xstate';
import type { ScenarioTransfer, StepMeta } from '$lib/scenarios/types';
import { isFinal, shortestEventsTo, stepMeta, stepsLeftEstimates } from './graph';

export interface Walk {
	readonly machine: AnyStateMachine;
	/** The answers given, in order (`choose.*` event types). */
	readonly events: readonly string[];
	/** The step after each answer; `steps[0]` is the start, `steps.at(-1)` the current step. */
	readonly steps: readonly string[];
	/** True when the walk was rebuilt along the shortest path to a linked step, not walked. */
	readonly rebuilt: boolean;
}

/** One transfer on the trail, with the step where it happened. */
export interface TrailEntry {
	stepId: string;
	transfer: ScenarioTransfer;
}

function stepOf(snapshot: AnyMachineSnapshot): string {
	return String(snapshot.value);
}

/** A new walk at the machine's first step. */
export function startWalk(machine: AnyStateMachine): Walk {
	const [snapshot] = initialTransition(machine);
	return { machine, events: [], steps: [stepOf(snapshot)], rebuilt: false };
}

/** Replays answers from the start; null when any answer is not possible where it is given. */
export function replay(machine: AnyStateMachine, events: readonly string[]): Walk | null {
	let [snapshot] = initialTransition(machine);
	const steps = [stepOf(snapshot)];
	for (const type of events) {
		if (snapshot.status !== 'active' || !snapshot.can({ type })) return null;
		[snapshot] = transition(machine, snapshot, { type });
		steps.push(stepOf(snapshot));
	}
	return { machine, events: [...events], steps, rebuilt: false };
}

/** The walk one answer further; throws when the answer is not offered at the current step. */
export function answer(walk: Walk, event: string): Walk {
	const next = replay(walk.machine, [...walk.events, event]);
	if (!next) throw new Error(`"${event}" is not a choice at step "${currentStep(walk)}"`);
	return { ...next, rebuilt: walk.rebuilt };
}

/** The walk one answer back; at the start it stays at the start. */
export function back(walk: Walk): Walk {
	if (walk.events.length === 0) return walk;
	return {
		...walk,
		events: walk.events.slice(0, -1),
		steps: walk.steps.slice(0, -1)
	};
}

/** A fresh walk of the same scenario. */
export function restart(walk: Walk): Walk {
	return startWalk(walk.machine);
}

/** A walk to `stepId` along the shortest path, marked as rebuilt; null for an unknown step. */
export function walkTo(machine: AnyStateMachine, stepId: string): Walk | null {
	const events = shortestEventsTo(machine, stepId);
	if (!events) return null;
	const walk = replay(machine, events);
	return walk && { ...walk, rebuilt: events.length > 0 };
}

/** The id of the step the person is on. */
export function currentStep(walk: Walk): string {
	return walk.steps[walk.steps.length - 1] as string;
}

/** The metadata of the current step. */
export function currentMeta(walk: Walk): StepMeta {
	return stepMeta(walk.machine, currentStep(walk));
}

/** True when the current step is a final state. */
export function isFinished(walk: Walk): boolean {
	return isFinal(walk.machine, currentStep(walk));
}

/** Every transfer along the path taken, in order, including the current step's. */
export function trail(walk: Walk): TrailEntry[] {
	return walk.steps.flatMap((stepId) =>
		stepMeta(walk.machine, stepId).transfers.map((transfer) => ({ stepId, transfer }))
	);
}

const distanceCache = new WeakMap<AnyStateMachine, Map<string, number>>();

/**
 * How far along the walk is: steps seen so far, and an estimate of the total (seen plus the
 * answers left, see `stepsLeftEstimates`). At a final step the two are equal.
 */
export function progress(walk: Walk): { done: number; total: number } {
	let distances = distanceCache.get(walk.machine);
	if (!distances) {
		distances = stepsLeftEstimates(walk.machine);
		distanceCache.set(walk.machine, distances);
	}
	const done = walk.steps.length;
	return { done, total: done + (distances.get(currentStep(walk)) ?? 0) };
}
