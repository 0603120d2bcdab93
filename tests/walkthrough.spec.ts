import { expect, test } from './fixtures';
import { expectStep, walk } from './helpers';
import { fullWalk, pathsToOutcomes, scenariosUnderTest, words } from './scenario-paths';

const scenarios = await scenariosUnderTest();

test('home lands on the browser language, lists scenarios and says it is not legal advice', async ({ browser }) => {
	for (const [locale, lang] of [['es-MX', 'es'], ['en-US', 'en']] as const) {
		const context = await browser.newContext({ locale });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(words(lang, 'common', 'home.title'));
		for (const { id } of scenarios) {
			await expect(page.locator(`a[data-scenario="${id}"]`)).toContainText(
				words(lang, 'common', `scenarios.${id}.title`)
			);
		}
		await expect(page.getByTestId('reviewed')).toBeVisible();
		// Spanish is a machine draft: its pages say so; English pages do not.
		await expect(page.getByTestId('draft-notice')).toHaveCount(lang === 'es' ? 1 : 0);
		await expect(page.getByRole('link', { name: 'Español' })).toBeVisible();
		await context.close();
	}
});

for (const { id, machine } of scenarios) {
	for (const path of pathsToOutcomes(machine)) {
		const outcome = path.steps.at(-1)!;
		test(`${id}: shortest path to outcome ${outcome} (en)`, async ({ page }) => {
			await walk(page, 'en', id, path);
			const trail = page.getByTestId('trail');
			await expect(trail).toBeVisible();
			// Every party that received data on this path is listed in the trail.
			const receivers = new Set(
				path.steps.flatMap((step) =>
					((machine.root.states[step]?.meta as { transfers: Array<{ to: string }> }).transfers ?? []).map((t) => t.to)
				)
			);
			for (const party of receivers) {
				await expect(trail.locator(`[data-party="${party}"]`)).toHaveCount(1);
			}
			await expect(trail.locator('[data-party]')).toHaveCount(receivers.size);
		});
	}

	test(`${id}: one full walk in Spanish`, async ({ page }) => {
		const path = fullWalk(machine);
		await walk(page, 'es', id, path);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByTestId('trail')).toContainText(words('es', 'common', 'trail.heading'));
	});
}

test('reload keeps the step and the answers; Back goes back one step', async ({ page }) => {
	const { id, machine } = scenarios[0]!;
	const path = fullWalk(machine);
	const short = { events: path.events.slice(0, 4), steps: path.steps.slice(0, 5) };
	await walk(page, 'en', id, short);
	const last = short.steps.at(-1)!;
	await page.reload();
	await expectStep(page, 'en', id, last);
	await expect(page.getByText(words('en', 'common', 'step.rebuilt'))).toHaveCount(0);
	await page.goBack();
	await expectStep(page, 'en', id, short.steps.at(-2)!);
	await page.getByTestId('back').click();
	await expectStep(page, 'en', id, short.steps.at(-3)!);
	await page.goForward();
	await expectStep(page, 'en', id, short.steps.at(-2)!);
});

test('a link to a step opens it, rebuilt along the shortest path, and says so', async ({ page }) => {
	const { id, machine } = scenarios[0]!;
	const target = fullWalk(machine).steps.at(-2)!;
	await page.goto(`/en/scenarios/${id}/#${target}`);
	await expectStep(page, 'en', id, target);
	await expect(page.getByText(words('en', 'common', 'step.rebuilt'))).toBeVisible();
});

test('switching language keeps the place', async ({ page }) => {
	const { id, machine } = scenarios[0]!;
	const path = fullWalk(machine);
	const short = { events: path.events.slice(0, 3), steps: path.steps.slice(0, 4) };
	await walk(page, 'en', id, short);
	await page.getByRole('link', { name: 'Español' }).click();
	await expect(page).toHaveURL(new RegExp(`/es/scenarios/${id}/#${short.steps.at(-1)}$`));
	await expectStep(page, 'es', id, short.steps.at(-1)!);
	await expect(page.getByText(words('es', 'common', 'step.rebuilt'))).toHaveCount(0);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('quick exit leaves for a neutral page and the walk is gone from history', async ({ page }) => {
	const { id, machine } = scenarios[0]!;
	const path = fullWalk(machine);
	await page.goto('/en/');
	await walk(page, 'en', id, { events: path.events.slice(0, 2), steps: path.steps.slice(0, 3) });
	await page.getByTestId('quick-exit').click();
	await expect(page).toHaveURL(/\/exit\/$/);
	await expect(page).toHaveTitle('New tab');
	await page.goBack().catch(() => {});
	expect(new URL(page.url()).hash).toBe('');
	await page.goForward().catch(() => {});
	expect(new URL(page.url()).hash).toBe('');
});
