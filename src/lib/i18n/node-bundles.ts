/** Test helper: loads locale files straight from disk (node tests and jsdom component tests). */
import fs from 'node:fs';
import path from 'node:path';
import type { BundleLoader } from './translator';

export const localesDir = path.resolve(import.meta.dirname, '../../../locales');

export const loadBundleFromDisk: BundleLoader = async (lang, namespace) =>
	JSON.parse(fs.readFileSync(path.join(localesDir, lang, `${namespace}.json`), 'utf8'));

/** A locale file as parsed JSON, synchronously. */
export function readLocale(lang: string, namespace: string): Record<string, unknown> {
	return JSON.parse(fs.readFileSync(path.join(localesDir, lang, `${namespace}.json`), 'utf8'));
}
