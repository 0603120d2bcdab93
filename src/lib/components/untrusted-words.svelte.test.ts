/**
 * Translations come from volunteers: a string is always shown as text, never parsed as HTML,
 * so a translation cannot inject markup or script into the page.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { translatorContext } from '$lib/i18n/context';
import { sourcesContext } from './source-context';
import { sourcesById } from '$lib/model/sources';
import { loadBundleFromDisk } from '$lib/i18n/node-bundles';
import { createTranslator, type BundleLoader } from '$lib/i18n/translator';
import { eVerifyMachine } from '$lib/scenarios/e-verify/machine';
import { allTransfers, choicesOf, stepMeta } from '$lib/walkthrough/graph';
import StepView from './StepView.svelte';

const attack = '<img src=x onerror="window.__pwned = true">';

// English words, with the attack put into a party name, a step title, a paragraph and a choice.
const poisoned: BundleLoader = async (lang, namespace) => {
	const bundle = structuredClone(await loadBundleFromDisk(lang, namespace)) as Record<string, any>;
	if (namespace === 'model') bundle.parties.employer.name = attack;
	if (namespace === 'e-verify') {
		bundle.steps.caseCreated.title = attack;
		bundle.steps.caseCreated.body[0] = `Before ${attack} after`;
		bundle.steps.caseCreated.choices.authorized = attack;
	}
	return bundle;
};

describe('a translation with markup in it', () => {
	it('is shown as text: no element is created and nothing runs', async () => {
		const tr = await createTranslator('en', ['common', 'model', 'e-verify'], poisoned);
		const { container } = render(StepView, {
			props: {
				namespace: 'e-verify',
				stepId: 'caseCreated',
				meta: stepMeta(eVerifyMachine, 'caseCreated'),
				choices: choicesOf(eVerifyMachine, 'caseCreated'),
				progress: { done: 1, total: 2 },
				allTransfers: allTransfers(eVerifyMachine),
				rebuilt: false,
				onchoose: () => {},
				onback: () => {}
			},
			context: new Map([...translatorContext(() => tr), ...sourcesContext(() => sourcesById)])
		});
		expect(container.querySelector('img')).toBeNull();
		expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(attack);
		expect(screen.getByRole('button', { name: attack })).toBeTruthy();
		expect(container.textContent).toContain(`Before ${attack} after`);
		expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
	});
});
