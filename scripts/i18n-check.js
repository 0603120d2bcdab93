// @ts-check
/** `npm run i18n:check [dir]`: fails (exit 1) naming the file and key of every locale problem. */
import path from 'node:path';
import { checkLocales } from './lib/i18n-check.js';

const dir = path.resolve(process.argv[2] ?? 'locales');
const { errors, warnings, languages } = checkLocales(dir);
for (const warning of warnings) console.warn(`warning: ${warning}`);
for (const error of errors) console.error(`error: ${error}`);
if (errors.length > 0) {
	console.error(`i18n:check failed: ${errors.length} problem(s) in ${path.relative(process.cwd(), dir)}`);
	process.exit(1);
}
console.log(`i18n:check passed: ${languages.join(', ')}`);
