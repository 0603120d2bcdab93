import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './format';

describe('formatIsoDate', () => {
	it('keeps the precision the source gives', () => {
		expect(formatIsoDate('2019-06-18', 'en')).toBe('June 18, 2019');
		expect(formatIsoDate('2014-09', 'en')).toBe('September 2014');
		expect(formatIsoDate('2025', 'en')).toBe('2025');
		expect(formatIsoDate('2019-06-18', 'es')).toBe('18 de junio de 2019');
	});

	it('gives null for an undated source', () => {
		expect(formatIsoDate(null, 'en')).toBeNull();
	});
});
