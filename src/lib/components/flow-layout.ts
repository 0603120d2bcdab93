/**
 * Geometry of the flow diagram, an arc diagram that fits a 320 px screen: one row per party, one
 * arc per pair of parties that data moves between, drawn in a gutter on the inline-start side.
 */
import type { Certainty, Transfer } from '$lib/model/types';

export interface FlowEdge {
	from: string;
	to: string;
	/** The most certain of the pair's transfers (or of the highlighted ones, when highlighted). */
	certainty: Certainty;
	highlighted: boolean;
	path: string;
}

export interface FlowLayout {
	width: number;
	height: number;
	rows: Array<{ party: string; y: number; highlighted: boolean }>;
	/** Where labels start (their inline-start edge). */
	labelX: number;
	nodeX: number;
	edges: FlowEdge[];
}

const width = 320;
const gutter = 132;
const rowHeight = 34;
const top = 20;
const rank: Record<Certainty, number> = { documented: 0, reported: 1, possible: 2 };

function mostCertain(transfers: Transfer[]): Certainty {
	return transfers.map((t) => t.certainty).sort((a, b) => rank[a] - rank[b])[0] ?? 'possible';
}

/**
 * Lays out `transfers` (every transfer of a scenario), highlighting those whose ids are in
 * `highlight`. Parties appear in order of first appearance; `rtl` mirrors the drawing.
 */
export function flowLayout(
	transfers: readonly Transfer[],
	highlight: ReadonlySet<string>,
	rtl = false
): FlowLayout {
	const parties: string[] = [];
	for (const t of transfers) {
		for (const p of [t.from, t.to]) if (!parties.includes(p)) parties.push(p);
	}
	const rowOf = (party: string) => parties.indexOf(party);
	const y = (row: number) => top + row * rowHeight;
	const x = (value: number) => (rtl ? width - value : value);
	const nodeX = gutter;

	const pairs = new Map<string, Transfer[]>();
	for (const t of transfers) {
		if (t.from === t.to) continue;
		const key = `${t.from}\u0000${t.to}`;
		pairs.set(key, [...(pairs.get(key) ?? []), t]);
	}

	const edges: FlowEdge[] = [...pairs.values()].map((group) => {
		const first = group[0] as Transfer;
		const lit = group.filter((t) => highlight.has(t.id));
		const a = rowOf(first.from);
		const b = rowOf(first.to);
		const bulge = Math.min(gutter - 12, 18 + Math.abs(a - b) * 14);
		// Arcs leave a little to the side of the node so two-way pairs do not overlap exactly.
		const offset = a < b ? 0 : 6;
		const x0 = nodeX - 6 - offset;
		const cx = x0 - bulge;
		return {
			from: first.from,
			to: first.to,
			certainty: mostCertain(lit.length > 0 ? lit : group),
			highlighted: lit.length > 0,
			path: `M ${x(x0)} ${y(a)} C ${x(cx)} ${y(a)}, ${x(cx)} ${y(b)}, ${x(x0)} ${y(b)}`
		};
	});
	// Highlighted arcs last, so they are drawn on top.
	edges.sort((p, q) => Number(p.highlighted) - Number(q.highlighted));

	const litParties = new Set(
		transfers.filter((t) => highlight.has(t.id)).flatMap((t) => [t.from, t.to])
	);
	return {
		width,
		height: top + parties.length * rowHeight,
		rows: parties.map((party, row) => ({ party, y: y(row), highlighted: litParties.has(party) })),
		labelX: x(nodeX + 10),
		nodeX: x(nodeX),
		edges
	};
}
