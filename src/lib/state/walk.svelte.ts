/**
 * The runes bridge between a scenario page and the walkthrough engine. The walk is derived from
 * the address (step in the hash) and the history entry (answers), so Back, reload and links all
 * work; each answer pushes one history entry. Nothing goes to storage.
 */
import type { AnyStateMachine } from 'xstate';
import { browser } from '$app/environment';
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { hashFor, placeFrom, type Place } from '$lib/walkthrough/location';
import { answer, back, currentStep, startWalk, type Walk } from '$lib/walkthrough/walk';

// SvelteKit keeps page.state inside history.state under this key. After a reload it does not
// give page.state back, but the browser kept history.state: read it there. If a Kit upgrade
// changes the key, a reload rebuilds the walk along the shortest path (and says so) instead.
const kitStatesKey = 'sveltekit:states';

/** The walk's saved entry; its fields are checked where they are used (it may be damaged). */
function historyPageState(): Record<string, unknown> {
	if (Object.keys(page.state).length > 0) return { ...page.state };
	const saved: unknown = browser ? history.state?.[kitStatesKey] : undefined;
	return typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {};
}

export class WalkController {
	#machine: () => AnyStateMachine;
	/** False until mounted, so hydration matches the prerendered intro. */
	mounted = $state(false);
	// The address's hash. Kit's shallow pushState does not update page.url, so the controller
	// keeps its own copy, refreshed after each of its own history changes and on popstate.
	#hash = $state('');

	constructor(machine: () => AnyStateMachine) {
		this.#machine = machine;
	}

	place: Place = $derived.by(() => {
		if (!this.mounted) return { kind: 'intro' };
		const saved = historyPageState();
		const place = placeFrom(this.#machine(), this.#hash, saved.walk);
		// A walk that began from a link stays marked as rebuilt as the person goes on.
		return place.kind === 'step' && saved.rebuilt === true
			? { ...place, walk: { ...place.walk, rebuilt: true } }
			: place;
	});

	/** History entries pushed by this walk in this tab. */
	depth: number = $derived.by(() => {
		const depth = this.mounted ? historyPageState().depth : 0;
		return typeof depth === 'number' && Number.isInteger(depth) && depth > 0 ? depth : 0;
	});

	#go(walk: Walk) {
		pushState(hashFor(currentStep(walk)), {
			walk: [...walk.events],
			depth: this.depth + 1,
			rebuilt: walk.rebuilt
		});
		this.sync();
	}

	start(): void {
		this.#go(startWalk(this.#machine()));
	}

	/** The hash of the first step, for a Start link that works before the page's script runs. */
	get startHash(): string {
		return hashFor(currentStep(startWalk(this.#machine())));
	}

	/** Reads the address again (after any navigation SvelteKit made). */
	sync(): void {
		this.#hash = location.hash;
	}

	/** Starts following the address (call from onMount); returns the function that stops it. */
	mount(): () => void {
		const sync = () => this.sync();
		sync();
		this.mounted = true;
		addEventListener('popstate', sync);
		addEventListener('hashchange', sync);
		return () => {
			removeEventListener('popstate', sync);
			removeEventListener('hashchange', sync);
		};
	}

	choose(event: string): void {
		if (this.place.kind !== 'step') return;
		this.#go(answer(this.place.walk, event));
	}

	/** One step back: the browser's own Back when we pushed the entry, else along the path. */
	back(): void {
		if (this.depth > 0) {
			history.back();
			return;
		}
		if (this.place.kind !== 'step' || this.place.walk.events.length === 0) {
			replaceState(location.pathname, {});
			this.sync();
			return;
		}
		const previous = back(this.place.walk);
		replaceState(hashFor(currentStep(previous)), {
			walk: [...previous.events],
			depth: 0,
			rebuilt: previous.rebuilt
		});
		this.sync();
	}

	/** A fresh walk from the first step (a new history entry, so Back returns to the old one). */
	restart(): void {
		this.start();
	}
}
