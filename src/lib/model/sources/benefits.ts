/** Sources from the benefits dossier (shared/content/benefits.md) that other scenarios cite. */
import type { Source } from '../types';

export const benefitsSources: Source[] = [
	{
		id: 'BN-76',
		title: 'USCIS Policy Manual, Vol. 1, Part A, Ch. 7 – Privacy and Confidentiality',
		publisher: 'USCIS',
		published: null, // shown as "n.d."
		url: 'https://www.uscis.gov/policy-manual/volume-1-part-a-chapter-7',
		kind: 'primary'
	},
];
