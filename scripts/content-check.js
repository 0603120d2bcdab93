// @ts-check
/**
 * `npm run content:check`: fails (exit 1) on a transfer without a source, a source without URL,
 * date or type, a reference to an unknown party, data item or source, or a step with no English
 * text; warns on sources over 24 months older than the scenario's review date and on unverified
 * claims; prints a summary per scenario. The model is TypeScript, so Vite loads it.
 */
import path from 'node:path';
import { createServer } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const server = await createServer({
	root,
	configFile: false,
	logLevel: 'error',
	appType: 'custom',
	server: { middlewareMode: true, hmr: false, ws: false },
	resolve: { alias: { $lib: path.join(root, 'src/lib') } },
	optimizeDeps: { noDiscovery: true, include: [] }
});
let failed = false;
try {
	const { checkShippedContent } = await server.ssrLoadModule('/src/lib/content/gather.ts');
	const report = await checkShippedContent();
	const verbose = process.argv.includes('--verbose');
	const shown = verbose ? report.warnings : report.warnings.slice(0, 15);
	for (const warning of shown) console.warn(`warning: ${warning}`);
	if (shown.length < report.warnings.length) {
		console.warn(`… and ${report.warnings.length - shown.length} more warnings (--verbose lists all)`);
	}
	for (const error of report.errors) console.error(`error: ${error}`);
	console.log('\nContent per scenario:');
	console.table(
		report.summary.map((/** @type {any} */ s) => ({
			scenario: s.scenario,
			steps: s.steps,
			transfers: s.transfers,
			'primary-sourced transfers': `${Math.round(s.primaryShare * 100)}%`,
			'unverified claims': s.unverifiedClaims
		}))
	);
	failed = report.errors.length > 0;
	console.log(
		failed
			? `content:check failed: ${report.errors.length} error(s), ${report.warnings.length} warning(s)`
			: `content:check passed: ${report.warnings.length} warning(s)`
	);
} finally {
	await server.close();
}
process.exit(failed ? 1 : 0);
