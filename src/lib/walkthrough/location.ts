/**
 * Where a walk lives in the address: the step is the URL hash (`#mismatchNotice`), the answers that
 * led there live in the tab's history entry only. Nothing about the walk is written to storage.
 */
import type { AnyStateMachine } from 'xstate';
import { hasStep } from './graph';
import { currentStep, replay, walkTo, type Walk } from './walk';

export type Place =
	/** No step in the address: the scenario's intro. */
	| { kind: 'intro' }
	/** A step that the machine does not have (a mistyped or outdated link). */
	| { kind: 'unknownStep'; stepId: string }
	/**
	 * `discarded`: answers were kept for this step but no longer lead to it (a link or a history
	 * entry from an older version of the app, or a damaged one); they were set aside.
	 */
	| { kind: 'step'; walk: Walk; discarded?: true };

/** The step id named by a URL hash, or null for none. */
export function stepFromHash(hash: string): string | null {
	const raw = hash.replace(/^#/, '');
	if (raw === '') return null;
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

/** The URL hash for a step. */
export function hashFor(stepId: string): string {
	return `#${encodeURIComponent(stepId)}`;
}

/**
 * The place an address and a history entry describe. The answers are trusted only when they
 * replay to the step in the hash; otherwise the walk is rebuilt along the shortest path.
 */
export function placeFrom(machine: AnyStateMachine, hash: string, answers: unknown): Place {
	const stepId = stepFromHash(hash);
	if (stepId === null) return { kind: 'intro' };
	if (!hasStep(machine, stepId)) return { kind: 'unknownStep', stepId };
	const usable = Array.isArray(answers) && answers.every((a) => typeof a === 'string');
	const walked = usable ? replay(machine, answers) : null;
	if (walked && currentStep(walked) === stepId) return { kind: 'step', walk: walked };
	const rebuilt = walkTo(machine, stepId);
	if (!rebuilt) return { kind: 'unknownStep', stepId };
	return answers === undefined ? { kind: 'step', walk: rebuilt } : { kind: 'step', walk: rebuilt, discarded: true };
}
