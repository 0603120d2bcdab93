/**
 * Byte budgets are deterministic, so they are tests: the production build fails when a route
 * ships more JS than its budget (gzip, as loaded in Chromium, lazy chunks included) or when the
 * whole offline app grows past the precache budget.
 */
import path from 'node:path';
import { measureBytes, precacheBytes } from '../scripts/lib/measure.js';
import { expect, test } from './fixtures';
import { root, scenariosUnderTest } from './scenario-paths';

const KB = 1024;
const budget = { homeJs: 60 * KB, stepJs: 100 * KB, precache: 2048 * KB };
const scenarios = await scenariosUnderTest();
const languages = ['en', 'es'];

for (const lang of languages) {
	test(`home (${lang}) ships at most 60 KB of JS`, async ({ browser, baseURL }) => {
		const { js } = await measureBytes(browser, `${baseURL}/${lang}/`);
		expect(js).toBeGreaterThan(0);
		expect(js, `home ${lang}: ${(js / KB).toFixed(1)} KB`).toBeLessThanOrEqual(budget.homeJs);
	});

	for (const { id, machine } of scenarios) {
		const step = Object.keys(machine.root.states)[1]!;
		test(`${id} step (${lang}) ships at most 100 KB of JS`, async ({ browser, baseURL }) => {
			const { js } = await measureBytes(browser, `${baseURL}/${lang}/scenarios/${id}/#${step}`);
			expect(js, `${id} ${lang}: ${(js / KB).toFixed(1)} KB`).toBeLessThanOrEqual(budget.stepJs);
		});
	}
}

test('the whole offline app (every page, scenario and language) precaches at most 2 MB', () => {
	const { gzipBytes, files } = precacheBytes(path.join(root, 'build'));
	expect(files).toBeGreaterThan(10);
	expect(gzipBytes, `${(gzipBytes / KB).toFixed(1)} KB`).toBeLessThanOrEqual(budget.precache);
});
