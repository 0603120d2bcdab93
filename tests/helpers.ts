/** Shared browser-test steps. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { root, words, type WalkPath } from './scenario-paths';

/** Walks `path` of scenario `id` in `lang` by clicking, checking each step's title on the way. */
export async function walk(page: Page, lang: string, id: string, path: WalkPath): Promise<void> {
	await page.goto(`/${lang}/scenarios/${id}/`);
	await expect(page.getByTestId('start')).toHaveAttribute('data-ready', 'true');
	await page.getByTestId('start').click();
	await expectStep(page, lang, id, path.steps[0]!);
	for (const [i, event] of path.events.entries()) {
		await page.locator(`button[data-event="${event}"]`).click();
		await expectStep(page, lang, id, path.steps[i + 1]!);
	}
}

/** The page shows `step`, with its title in `lang`. */
export async function expectStep(page: Page, lang: string, id: string, step: string): Promise<void> {
	const article = page.locator(`article.step[data-step="${step}"]`);
	await expect(article).toBeVisible();
	await expect(article.locator('h1')).toHaveText(words(lang, id, `steps.${step}.title`));
}

/** Waits until a service worker controls the page (the app then works offline). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
}

const axeSource = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page; returns serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Array<{ id: string; nodes: string[] }>> {
	// Injected by evaluate, not a script tag: a strict CSP would block an inline tag.
	await page.evaluate(axeSource);
	const result = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
		return axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
	});
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}
