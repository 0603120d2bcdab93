// @ts-check
/**
 * Prints one line summing every test suite that ran: `N passed, N failed`. Reads the JSON
 * reports .ci/run asks Vitest and Playwright for; a suite that did not run counts nothing, and a
 * run that tested nothing prints `0 passed` (never a green-looking line).
 */
import fs from 'node:fs';

/** @param {string} file */
function read(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}

let passed = 0;
let failed = 0;
let skipped = 0;
const [vitestFile, playwrightFile, exitStatus = '0'] = process.argv.slice(2);

const vitest = vitestFile ? read(vitestFile) : null;
if (vitest) {
	passed += vitest.numPassedTests ?? 0;
	failed += vitest.numFailedTests ?? 0;
	skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
	// A file that failed to load has no tests but is a failure.
	failed += (vitest.testResults ?? []).filter(
		(/** @type {{status: string, assertionResults: unknown[]}} */ r) => r.status === 'failed' && r.assertionResults.length === 0
	).length;
}

const playwright = playwrightFile ? read(playwrightFile) : null;
if (playwright?.stats) {
	passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
	failed += playwright.stats.unexpected ?? 0;
	skipped += playwright.stats.skipped ?? 0;
	failed += (playwright.errors ?? []).length;
}

// A step outside the test runners failed (type check, i18n check, build): that is a failure too.
if (exitStatus !== '0' && failed === 0) failed = 1;

console.log(`unit: ${vitest ? 'ran' : 'did not run'}; browser: ${playwright ? 'ran' : 'did not run'}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
