/** Gathers the shipped content for the content check (Node only: reads locale files from disk). */
import { readLocale } from '$lib/i18n/node-bundles';
import { dataItems } from '$lib/model/data-items';
import { parties } from '$lib/model/parties';
import { sourcesById } from '$lib/model/sources';
import { loadAllScenarios } from '$lib/scenarios';
import { checkContent, type ContentReport } from './check';

/** Runs the content check over every scenario, source and registry of the app. */
export async function checkShippedContent(): Promise<ContentReport> {
	return checkContent({
		scenarios: await loadAllScenarios(),
		sources: sourcesById,
		parties: new Set(Object.keys(parties)),
		dataItems: new Set(Object.keys(dataItems)),
		english: (id) => {
			try {
				return readLocale('en', id);
			} catch {
				return undefined;
			}
		}
	});
}
