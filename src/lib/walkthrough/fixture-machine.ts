/** A small scenario machine for engine tests: proves the engine knows nothing of a real scenario. */
import { setup } from 'xstate';
import type { ChoiceEvent, ScenarioTransfer, StepMeta } from '$lib/scenarios/types';

const toEmployer: ScenarioTransfer = {
	id: 'toEmployer',
	data: ['name', 'ssn'],
	from: 'you',
	to: 'employer',
	certainty: 'documented',
	sources: ['EV-42']
};
const toEVerify: ScenarioTransfer = {
	id: 'toEVerify',
	data: ['ssn', 'dateOfBirth'],
	from: 'employer',
	to: 'eVerify',
	certainty: 'documented',
	sources: ['EV-24']
};
const toUscis: ScenarioTransfer = { ...toEVerify, id: 'toUscis', to: 'uscis', certainty: 'possible' };

const step = (kind: StepMeta['kind'], transfers: ScenarioTransfer[] = []): StepMeta => ({
	kind,
	body: [],
	canDo: [],
	uncertain: [],
	transfers
});

export const fixtureMachine = setup({
	types: { events: {} as ChoiceEvent, meta: {} as StepMeta }
}).createMachine({
	id: 'fixture',
	initial: 'start',
	states: {
		start: { meta: step('question', [toEmployer]), on: { 'choose.a': 'middle', 'choose.skip': 'end' } },
		middle: { meta: step('question', [toEVerify]), on: { 'choose.again': 'start', 'choose.next': 'late' } },
		late: { meta: step('info', [toUscis]), on: { 'choose.next': 'end' } },
		end: { type: 'final', meta: step('outcome') }
	}
});
