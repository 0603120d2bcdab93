import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { translatorContext } from '$lib/i18n/context';
import { sourcesContext } from './source-context';
import { loadBundleFromDisk } from '$lib/i18n/node-bundles';
import { createTranslator } from '$lib/i18n/translator';
import { sourcesById } from '$lib/model/sources';
import { eVerifyMachine } from '$lib/scenarios/e-verify/machine';
import { allTransfers, choicesOf, stepMeta } from '$lib/walkthrough/graph';
import StepView from './StepView.svelte';

const tr = await createTranslator('en', ['common', 'model', 'e-verify'], loadBundleFromDisk);
const context = new Map([...translatorContext(() => tr), ...sourcesContext(() => sourcesById)]);

function renderStep(stepId: string, extra: Partial<{ rebuilt: boolean }> = {}) {
	const onchoose = vi.fn();
	const onback = vi.fn();
	render(StepView, {
		props: {
			namespace: 'e-verify',
			stepId,
			meta: stepMeta(eVerifyMachine, stepId),
			choices: choicesOf(eVerifyMachine, stepId),
			progress: { done: 3, total: 7 },
			allTransfers: allTransfers(eVerifyMachine),
			rebuilt: extra.rebuilt ?? false,
			onchoose,
			onback
		},
		context
	});
	return { onchoose, onback };
}

describe('StepView', () => {
	it('shows the title, the question, one big button per choice, and progress', () => {
		renderStep('mismatchNotice');
		expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(tr.t('e-verify:steps.mismatchNotice.title'));
		expect(screen.getByRole('heading', { name: tr.t('e-verify:steps.mismatchNotice.question') })).toBeTruthy();
		for (const choice of choicesOf(eVerifyMachine, 'mismatchNotice')) {
			expect(screen.getByRole('button', { name: tr.t(`e-verify:steps.mismatchNotice.choices.${choice.id}`) })).toBeTruthy();
		}
		expect(screen.getByText('Step 3 of about 7')).toBeTruthy();
		expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('3');
	});

	it('sends the chosen answer and Back', async () => {
		const user = userEvent.setup();
		const { onchoose, onback } = renderStep('mismatchNotice');
		await user.click(screen.getByRole('button', { name: tr.t('e-verify:steps.mismatchNotice.choices.takeAction') }));
		expect(onchoose).toHaveBeenCalledWith('choose.takeAction');
		await user.click(screen.getByRole('button', { name: /Back/ }));
		expect(onback).toHaveBeenCalledOnce();
	});

	it('lists what moves now and highlights it in the diagram', () => {
		renderStep('caseCreated');
		const meta = stepMeta(eVerifyMachine, 'caseCreated');
		expect(document.querySelectorAll('article.transfer')).toHaveLength(meta.transfers.length);
		expect(document.querySelectorAll('path.edge.lit').length).toBeGreaterThan(0);
		expect(screen.getByRole('img', { name: /highlighted/ })).toBeTruthy();
	});

	it('links every sourced paragraph to its sources, and labels unverified ones', () => {
		renderStep('i9Section1');
		const meta = stepMeta(eVerifyMachine, 'i9Section1');
		const firstSource = meta.body.find((c) => c.sources.length > 0)!.sources[0]!;
		const source = sourcesById.get(firstSource)!;
		const link = screen.getAllByRole('link').find((l) => l.textContent === firstSource);
		expect(link?.getAttribute('href')).toBe(source.url);
		expect(link?.getAttribute('aria-label')).toContain(source.title);
		const unverified = meta.body.filter((c) => c.status === 'unverified').length;
		expect(screen.queryAllByText('Not confirmed').length).toBeGreaterThanOrEqual(unverified);
	});

	it('says when the path was rebuilt from a link', () => {
		renderStep('referral', { rebuilt: true });
		expect(screen.getByText(tr.t('common:step.rebuilt'))).toBeTruthy();
	});
});
