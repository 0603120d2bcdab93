// @ts-check
/**
 * `npm run bench`: builds, serves the build, and reports per route the JS, CSS, HTML and words
 * (locale JSON) a phone downloads (gzip bytes, measured by loading the page in Chromium, lazy
 * chunks included) and
 * Lighthouse mobile scores and metrics. Writes bench/results.json. `--no-build` reuses build/.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './lib/chromium.js';
import { measureBytes, precacheBytes } from './lib/measure.js';
import { serve } from './serve.js';

/** Routes a person meets first: home, each scenario's intro, a step deep in a walk, the map. */
const scenarioIds = fs
	.readdirSync('src/lib/scenarios', { withFileTypes: true })
	.filter((d) => d.isDirectory() && fs.existsSync(path.join('src/lib/scenarios', d.name, 'machine.ts')))
	.map((d) => d.name);
const routes = [
	{ name: 'home (en)', path: '/en/' },
	{ name: 'home (es)', path: '/es/' },
	...scenarioIds.map((id) => ({ name: `${id} intro (en)`, path: `/en/scenarios/${id}/` })),
	{ name: 'e-verify step (en)', path: '/en/scenarios/e-verify/#mismatchNotice' },
	{ name: 'e-verify step (es)', path: '/es/scenarios/e-verify/#mismatchNotice' },
	{ name: 'map (en)', path: '/en/map/' },
	{ name: 'about (en)', path: '/en/about/' }
];
const lighthouseRoutes = ['/en/', '/en/scenarios/e-verify/', '/en/scenarios/e-verify/#mismatchNotice'];
const budgets = { homeJs: 60 * 1024, stepJs: 100 * 1024 };

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
const server = await serve({ port: 0 });
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const bytes = [];
for (const route of routes) bytes.push({ ...route, ...(await measureBytes(browser, base + route.path)) });
await browser.close();

const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumArgs });
const scores = [];
for (const route of lighthouseRoutes) {
	const result = await lighthouse(base + route, {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility', 'best-practices']
	});
	const lhr = result?.lhr;
	if (!lhr) continue;
	const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
	const metric = (/** @type {string} */ id) => Math.round(lhr.audits[id]?.numericValue ?? 0);
	scores.push({
		route,
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		firstContentfulPaintMs: metric('first-contentful-paint'),
		largestContentfulPaintMs: metric('largest-contentful-paint'),
		totalBlockingTimeMs: metric('total-blocking-time'),
		cumulativeLayoutShift: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
		speedIndexMs: metric('speed-index')
	});
}
await chrome.kill();
server.close();

const results = { date: new Date().toISOString(), budgets, bytes, precache: precacheBytes('build'), lighthouse: scores };
fs.mkdirSync('bench', { recursive: true });
fs.writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\nBytes shipped per route (gzip, measured in Chromium):');
console.table(
	bytes.map((b) => ({ route: b.name, js: kb(b.js), words: kb(b.json), css: kb(b.css), html: kb(b.html) }))
);
console.log(`Precache (whole offline app): ${kb(results.precache.gzipBytes)} gzip in ${results.precache.files} files`);
console.log('\nLighthouse (mobile):');
console.table(scores);
