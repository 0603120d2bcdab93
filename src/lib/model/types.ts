/** The core model of Data Trail: who holds data, what data, and the citations behind each move. */

/** How sure we are that a transfer happens; the UI draws each differently and says it in words. */
export type Certainty = 'documented' | 'reported' | 'possible';

/** Primary: statute, regulation, official page, manual, PIA, SORN, form. Secondary: explainers, news. */
export type SourceKind = 'primary' | 'secondary';

export interface Source {
	/** The dossier's id, e.g. `EV-05`. */
	id: string;
	/** Citations keep their original title and publisher: they are names, not prose to translate. */
	title: string;
	publisher: string;
	/** ISO date as precise as the source shows (`2019-06-18`, `2014-09`, `2025`); null when undated. */
	published: string | null;
	url: string;
	/** Other addresses where the same document was read. */
	mirrors?: string[];
	kind: SourceKind;
}

export type PartyKind = 'person' | 'organisation' | 'agency' | 'system';

/** A registry entry of a party (the id is its key in the registry). */
export interface PartyEntry {
	kind: PartyKind;
	/** The party this one belongs to (a system to its agency, an agency to its department). */
	partOf?: string;
	/** Sources for the glossary description. */
	sources: readonly string[];
}

export interface Party<Id extends string = string> {
	id: Id;
	kind: PartyKind;
	/** The party a system or office belongs to (E-Verify is part of USCIS, USCIS of DHS). */
	partOf?: Id;
	sources: string[];
}

export type DataCategory =
	| 'identity'
	| 'identifiers'
	| 'contact'
	| 'biometrics'
	| 'immigration'
	| 'employment'
	| 'documents'
	| 'case'
	| 'complaint';

export interface DataItem<Id extends string = string> {
	id: Id;
	category: DataCategory;
}

/** One move of data from one holder to another, at one step, under a rule, for a time. */
export interface Transfer<PartyId extends string = string, DataId extends string = string> {
	/** Unique within its scenario; its words are under `transfers.<id>` in the scenario's locale file. */
	id: string;
	data: DataId[];
	from: PartyId;
	to: PartyId;
	certainty: Certainty;
	sources: string[];
	/** Fields the dossier marks `[unsourced: needs verification]`: shown as unverified, never as fact. */
	unverified?: Array<'basis' | 'retention'>;
}

/**
 * A sentence or paragraph the app states, with what backs it. `unverified` marks a claim the dossier
 * could not source; `advice` marks general advice that is not a statement of law or fact.
 */
export interface Claim {
	sources: string[];
	status?: 'unverified' | 'advice';
}
