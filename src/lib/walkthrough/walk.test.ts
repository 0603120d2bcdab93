import { describe, expect, it } from 'vitest';
import { fixtureMachine } from './fixture-machine';
import { choicesOf, shortestEventsTo } from './graph';
import { ledger } from './ledger';
import {
	answer,
	back,
	currentStep,
	isFinished,
	progress,
	replay,
	restart,
	startWalk,
	trail,
	walkTo
} from './walk';

describe('walk', () => {
	it('starts at the initial step with an empty trail of past answers', () => {
		const walk = startWalk(fixtureMachine);
		expect(currentStep(walk)).toBe('start');
		expect(walk.events).toEqual([]);
		expect(trail(walk).map((e) => e.transfer.id)).toEqual(['toEmployer']);
	});

	it('moves on an offered answer and refuses one that is not offered', () => {
		const walk = answer(startWalk(fixtureMachine), 'choose.a');
		expect(currentStep(walk)).toBe('middle');
		expect(() => answer(walk, 'choose.skip')).toThrow(/not a choice at step "middle"/);
	});

	it('goes back one answer at a time and stays at the start', () => {
		const walk = answer(answer(startWalk(fixtureMachine), 'choose.a'), 'choose.next');
		expect(currentStep(back(walk))).toBe('middle');
		expect(currentStep(back(back(walk)))).toBe('start');
		expect(currentStep(back(back(back(walk))))).toBe('start');
	});

	it('restarts with nothing of the old walk left', () => {
		const walk = restart(answer(startWalk(fixtureMachine), 'choose.a'));
		expect(walk.events).toEqual([]);
		expect(currentStep(walk)).toBe('start');
	});

	it('accumulates exactly the transfers of the path taken, loops included', () => {
		let walk = startWalk(fixtureMachine);
		for (const e of ['choose.a', 'choose.again', 'choose.a', 'choose.next', 'choose.next']) {
			walk = answer(walk, e);
		}
		expect(trail(walk).map((e) => `${e.stepId}:${e.transfer.id}`)).toEqual([
			'start:toEmployer',
			'middle:toEVerify',
			'start:toEmployer',
			'middle:toEVerify',
			'late:toUscis'
		]);
		expect(isFinished(walk)).toBe(true);
		const skipped = answer(startWalk(fixtureMachine), 'choose.skip');
		expect(trail(skipped).map((e) => e.transfer.id)).toEqual(['toEmployer']);
	});

	it('replays answers and rejects an impossible list', () => {
		expect(currentStep(replay(fixtureMachine, ['choose.a', 'choose.next'])!)).toBe('late');
		expect(replay(fixtureMachine, ['choose.next'])).toBeNull();
		expect(replay(fixtureMachine, ['choose.skip', 'choose.a'])).toBeNull();
	});

	it('rebuilds a deep link along the shortest path and says it was rebuilt', () => {
		const walk = walkTo(fixtureMachine, 'late')!;
		expect(walk.events).toEqual(['choose.a', 'choose.next']);
		expect(walk.rebuilt).toBe(true);
		expect(walkTo(fixtureMachine, 'start')!.rebuilt).toBe(false);
		expect(walkTo(fixtureMachine, 'nowhere')).toBeNull();
	});

	it('counts progress towards the nearest outcome', () => {
		const start = startWalk(fixtureMachine);
		expect(progress(start)).toEqual({ done: 1, total: 2 });
		const middle = answer(start, 'choose.a');
		expect(progress(middle)).toEqual({ done: 2, total: 4 });
		const end = answer(answer(middle, 'choose.next'), 'choose.next');
		expect(progress(end)).toEqual({ done: 4, total: 4 });
	});
});

describe('graph', () => {
	it('lists choices with their ids and targets', () => {
		expect(choicesOf(fixtureMachine, 'middle')).toEqual([
			{ event: 'choose.again', id: 'again', target: 'start' },
			{ event: 'choose.next', id: 'next', target: 'late' }
		]);
	});

	it('finds the shortest events to a step', () => {
		expect(shortestEventsTo(fixtureMachine, 'end')).toEqual(['choose.skip']);
	});
});

describe('ledger', () => {
	it('groups by who received the data, each item and transfer once', () => {
		let walk = startWalk(fixtureMachine);
		for (const e of ['choose.a', 'choose.again', 'choose.a', 'choose.next']) walk = answer(walk, e);
		const holdings = ledger(trail(walk));
		expect(holdings.map((h) => h.party)).toEqual(['employer', 'eVerify', 'uscis']);
		expect(holdings[0]!.data).toEqual(['name', 'ssn']);
		expect(holdings[0]!.entries).toHaveLength(1);
	});
});
