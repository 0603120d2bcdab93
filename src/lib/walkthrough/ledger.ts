/** The summary's view of a trail: who now holds what, grouped by the party that received it. */
import type { DataItemId } from '$lib/model/data-items';
import type { PartyId } from '$lib/model/parties';
import type { TrailEntry } from './walk';

export interface Holding {
	party: PartyId;
	/** Every data item this party received, once each, in the order they arrived. */
	data: DataItemId[];
	/** The trail entries that brought data to this party. */
	entries: TrailEntry[];
}

/** Groups a trail by receiving party, in the order each party first received something. */
export function ledger(entries: readonly TrailEntry[]): Holding[] {
	const byParty = new Map<PartyId, Holding>();
	for (const entry of entries) {
		const party = entry.transfer.to;
		let holding = byParty.get(party);
		if (!holding) {
			holding = { party, data: [], entries: [] };
			byParty.set(party, holding);
		}
		// The same transfer seen twice (a loop in the walk) is listed once.
		if (!holding.entries.some((e) => e.transfer.id === entry.transfer.id)) holding.entries.push(entry);
		for (const item of entry.transfer.data) if (!holding.data.includes(item)) holding.data.push(item);
	}
	return [...byParty.values()];
}
