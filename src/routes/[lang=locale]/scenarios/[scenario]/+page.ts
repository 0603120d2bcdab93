import { error } from '@sveltejs/kit';
import { pageTranslator } from '$lib/i18n/page-translator';
import { languages, type LanguageCode } from '$lib/i18n/languages';
import { loadSources } from '$lib/model/sources/load';
import { findScenario, loadScenario, scenarios } from '$lib/scenarios';
import { citedSourceIds } from '$lib/walkthrough/graph';
import type { EntryGenerator, PageLoad } from './$types';

// Prerendered for every language × scenario; the step lives in the hash, which the page reads.
export const entries: EntryGenerator = () =>
	languages.flatMap(({ code }) => scenarios.map(({ id }) => ({ lang: code, scenario: id })));

export const load: PageLoad = async ({ params }) => {
	const scenario = findScenario(params.scenario);
	if (!scenario) error(404, { message: 'unknownScenario' });
	// Not `await parent()`: the words and the machine start loading alongside the layout's.
	const lang = params.lang as LanguageCode;
	const [{ machine, guide }, tr] = await Promise.all([
		loadScenario(scenario),
		pageTranslator(lang, ['model', scenario.id])
	]);
	const help = guide.help.flatMap((claim) => claim.sources);
	const sources = await loadSources([...citedSourceIds(machine), ...help]);
	return { scenario, machine, guide, tr, sources };
};
