import { describe, expect, it } from 'vitest';
import type { Scenario } from '$lib/scenarios/types';
import { fixtureMachine } from './fixture-machine';
import { atlasTransfers, receivedBy, sourceUse } from './atlas';

const scenario = (id: string): Scenario => ({ id, order: 1, reviewed: '2026-01-01' });
const guide = { parties: [], help: [{ sources: ['HELP-1'] }] };
const loaded = [
	{ scenario: scenario('one'), machine: fixtureMachine, guide },
	{ scenario: scenario('two'), machine: fixtureMachine, guide }
];

describe('atlas', () => {
	it('lists every transfer of every scenario with ids unique across them', () => {
		const all = atlasTransfers(loaded);
		expect(all).toHaveLength(6);
		expect(new Set(all.map((t) => t.id)).size).toBe(6);
		expect(all[0]).toMatchObject({ id: 'one:toEmployer', scenario: 'one', from: 'you', to: 'employer' });
	});

	it('says what a party receives, from whom, in which scenarios', () => {
		const received = receivedBy(atlasTransfers(loaded), 'eVerify');
		expect(received).toEqual([
			{ from: 'employer', data: ['ssn', 'dateOfBirth'], scenarios: ['one', 'two'], ids: ['one:toEVerify', 'two:toEVerify'] }
		]);
		expect(receivedBy(atlasTransfers(loaded), 'you')).toEqual([]);
	});

	it('says which scenarios cite each source', () => {
		const use = sourceUse(loaded);
		expect(use.get('EV-42')).toEqual(['one', 'two']);
		expect(use.get('HELP-1')).toEqual(['one', 'two']);
	});
});
