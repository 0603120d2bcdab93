import { describe, expect, it } from 'vitest';
import type { Transfer } from '$lib/model/types';
import { flowLayout } from './flow-layout';

const t = (id: string, from: string, to: string, certainty: Transfer['certainty']): Transfer => ({
	id,
	from,
	to,
	certainty,
	data: [],
	sources: ['X']
});
const transfers = [
	t('a', 'you', 'employer', 'documented'),
	t('b', 'employer', 'eVerify', 'documented'),
	t('c', 'eVerify', 'ice', 'possible'),
	t('d', 'employer', 'eVerify', 'reported')
];

describe('flowLayout', () => {
	it('has one row per party, in order of first appearance', () => {
		const layout = flowLayout(transfers, new Set());
		expect(layout.rows.map((r) => r.party)).toEqual(['you', 'employer', 'eVerify', 'ice']);
	});

	it('draws one arc per pair and highlights the current transfers last, with their certainty', () => {
		const layout = flowLayout(transfers, new Set(['d']));
		expect(layout.edges).toHaveLength(3);
		const last = layout.edges.at(-1)!;
		expect([last.from, last.to, last.highlighted, last.certainty]).toEqual([
			'employer',
			'eVerify',
			true,
			'reported'
		]);
		expect(layout.edges.find((e) => e.to === 'ice')!.certainty).toBe('possible');
		expect(layout.rows.filter((r) => r.highlighted).map((r) => r.party)).toEqual(['employer', 'eVerify']);
	});

	it('mirrors for right-to-left: arcs and nodes move to the right side', () => {
		const ltr = flowLayout(transfers, new Set());
		const rtl = flowLayout(transfers, new Set(), true);
		expect(rtl.nodeX).toBe(ltr.width - ltr.nodeX);
		expect(rtl.labelX).toBeLessThan(rtl.nodeX);
		expect(ltr.labelX).toBeGreaterThan(ltr.nodeX);
	});
});
