import { describe, expect, it } from 'vitest';
import { fixtureMachine } from './fixture-machine';
import { hashFor, placeFrom, stepFromHash } from './location';
import { currentStep } from './walk';

describe('placeFrom', () => {
	it('is the intro without a hash', () => {
		expect(placeFrom(fixtureMachine, '', undefined)).toEqual({ kind: 'intro' });
	});

	it('keeps the answers that lead to the step in the hash', () => {
		const place = placeFrom(fixtureMachine, '#late', ['choose.a', 'choose.again', 'choose.a', 'choose.next']);
		expect(place.kind === 'step' && place.walk.events).toHaveLength(4);
		expect(place.kind === 'step' && place.walk.rebuilt).toBe(false);
	});

	it('rebuilds along the shortest path when there are no answers, and says nothing was lost', () => {
		const place = placeFrom(fixtureMachine, '#late', undefined);
		if (place.kind !== 'step') throw new Error('expected a step');
		expect(currentStep(place.walk)).toBe('late');
		expect(place.walk.events).toEqual(['choose.a', 'choose.next']);
		expect(place.walk.rebuilt).toBe(true);
		expect(place.discarded).toBeUndefined();
	});

	it('sets aside old or damaged answers, rebuilds, and says so', () => {
		for (const answers of [['choose.skip'], ['choose.bogus'], 'choose.a', [1, 2], { a: 1 }, null]) {
			const place = placeFrom(fixtureMachine, '#late', answers);
			if (place.kind !== 'step') throw new Error('expected a step');
			expect(currentStep(place.walk)).toBe('late');
			expect(place.walk.events).toEqual(['choose.a', 'choose.next']);
			expect(place.discarded).toBe(true);
		}
	});

	it('names an unknown step instead of failing', () => {
		expect(placeFrom(fixtureMachine, '#%3Cscript%3E', undefined)).toEqual({
			kind: 'unknownStep',
			stepId: '<script>'
		});
		expect(placeFrom(fixtureMachine, '#%E0%A4%A', undefined).kind).toBe('unknownStep');
		expect(placeFrom(fixtureMachine, '#toString', undefined).kind).toBe('unknownStep');
	});

	it('round-trips step ids through the hash', () => {
		expect(stepFromHash(hashFor('caseInContinuance'))).toBe('caseInContinuance');
	});
});
