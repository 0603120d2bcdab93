/** The contract every scenario folder fulfils; see README.md beside this file. */
import type { Claim, Transfer } from '$lib/model/types';
import type { PartyId } from '$lib/model/parties';
import type { DataItemId } from '$lib/model/data-items';

/** `info` explains and moves on, `question` asks, `outcome` is where a walk can end and show the trail. */
export type StepKind = 'info' | 'question' | 'outcome';

/** A transfer whose parties and data are checked against the registries at compile time. */
export type ScenarioTransfer = Transfer<PartyId, DataItemId>;

/**
 * What a state says and moves, in data. Its words live in `locales/<lang>/<scenario>.json` under
 * `steps.<stateId>`; each array here is parallel to the array of the same name there.
 */
export interface StepMeta {
	kind: StepKind;
	/** What backs each paragraph of `steps.<id>.body`. */
	body: Claim[];
	/** What backs each item of `steps.<id>.canDo`. */
	canDo: Claim[];
	/** What backs each item of `steps.<id>.uncertain`. */
	uncertain: Claim[];
	/** The data that moves at this step. */
	transfers: ScenarioTransfer[];
}

/** Every event a scenario machine takes: the person's answer, `choose.<choiceId>`. */
export interface ChoiceEvent {
	type: `choose.${string}`;
}

/**
 * What the home page needs to know about a scenario. Kept apart from the machine so that the home
 * page loads no scenario's code: `scenario.ts` must not import `machine.ts`.
 */
export interface Scenario {
	/** URL segment and locale namespace, e.g. `e-verify`. */
	id: string;
	/** Position on the home page. */
	order: number;
	/** When the facts were last checked against the dossier (ISO date). */
	reviewed: string;
}

/** What a scenario's own pages show beyond its steps; loaded with the machine, not on home. */
export interface ScenarioGuide {
	/** The parties the intro names. */
	parties: PartyId[];
	/** What backs each item of `help` (where to get help) in the scenario's locale file. */
	help: Claim[];
}
