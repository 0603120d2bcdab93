import { expect, test } from './fixtures';
import { expectStep, waitForServiceWorker } from './helpers';
import { fullWalk, scenariosUnderTest, words } from './scenario-paths';

const scenarios = await scenariosUnderTest();

test('after the first visit, home and every step work offline in English and Spanish', async ({ page, context }) => {
	// Every step of every scenario is loaded from the cache in both languages: it takes a while.
	test.setTimeout(240_000);
	await page.goto('/en/');
	await waitForServiceWorker(page);
	await expect(page.getByTestId('offline-ready')).toBeVisible();
	await context.setOffline(true);
	for (const lang of ['en', 'es']) {
		await page.goto(`/${lang}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(words(lang, 'common', 'home.title'));
		await expect(page.getByText(words(lang, 'common', 'offline.badge'))).toBeVisible();
		for (const { id, machine } of scenarios) {
			for (const step of Object.keys(machine.root.states)) {
				await page.goto(`/${lang}/scenarios/${id}/#${step}`);
				await page.reload();
				await expectStep(page, lang, id, step);
			}
		}
	}
	// A page that was never built answers with the helpful not-found page, even offline.
	await page.goto('/en/scenarios/no-such-thing/');
	await expect(page.getByTestId('not-found')).toHaveText(words('en', 'common', 'notFound.title'));
	await context.setOffline(false);
});

test('a full walk works offline', async ({ page, context }) => {
	const { id, machine } = scenarios[0]!;
	await page.goto(`/es/scenarios/${id}/`);
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.reload();
	const path = fullWalk(machine);
	await page.getByTestId('start').click();
	for (const [i, event] of path.events.entries()) {
		await page.locator(`button[data-event="${event}"]`).click();
		await expectStep(page, 'es', id, path.steps[i + 1]!);
	}
	await context.setOffline(false);
});
