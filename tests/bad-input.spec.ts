import { expect, test } from './fixtures';
import { scenariosUnderTest, words } from './scenario-paths';

const scenarios = await scenariosUnderTest();

test('an unknown scenario shows a helpful page in the language of the address', async ({ page }) => {
	for (const lang of ['en', 'es']) {
		const response = await page.goto(`/${lang}/scenarios/no-such-scenario/`);
		expect(response?.status()).toBe(404);
		await expect(page.getByTestId('not-found')).toHaveText(words(lang, 'common', 'notFound.title'));
		await expect(page.getByRole('link', { name: words(lang, 'common', `scenarios.${scenarios[0]!.id}.title`) })).toBeVisible();
	}
});

test('an unknown language shows a helpful page with every language', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'es-ES' });
	const page = await context.newPage();
	await page.goto('/xx/scenarios/e-verify/');
	await expect(page.getByTestId('not-found')).toHaveText(words('es', 'common', 'notFound.title'));
	await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
	await context.close();
});

test('an unknown step in the address lands on the scenario start with a notice', async ({ page }) => {
	const { id } = scenarios[0]!;
	await page.goto(`/en/scenarios/${id}/#noSuchStep`);
	await expect(page.getByTestId('unknown-step')).toContainText('noSuchStep');
	await page.getByTestId('start').click();
	await expect(page.locator('article.step')).toBeVisible();
	await expect(page.getByTestId('unknown-step')).toHaveCount(0);
});

test('answers saved in the history entry that no longer lead to the step are set aside with a notice', async ({ page }) => {
	const { id, machine } = scenarios[0]!;
	const step = Object.keys(machine.root.states).at(-1)!;
	await page.goto(`/en/scenarios/${id}/`);
	// A history entry from an older version: answers this machine does not know, a wrong depth.
	await page.evaluate((hash) => {
		history.replaceState(
			{ ...history.state, 'sveltekit:states': { walk: ['choose.removedLongAgo', 42], depth: 'x' } },
			'',
			hash
		);
	}, `#${step}`);
	await page.reload();
	await expect(page.locator(`article.step[data-step="${step}"]`)).toBeVisible();
	await expect(page.getByTestId('discarded')).toBeVisible();
	await page.getByTestId('back').click();
	await expect(page.locator('article.step')).toBeVisible();
});

test('with storage blocked, the app still works', async ({ browser }) => {
	const context = await browser.newContext();
	await context.addInitScript(() => {
		const deny = () => {
			throw new DOMException('blocked', 'SecurityError');
		};
		Object.defineProperty(window, 'localStorage', { get: deny });
		Object.defineProperty(window, 'sessionStorage', { get: deny });
	});
	const page = await context.newPage();
	await page.goto(`/en/scenarios/${scenarios[0]!.id}/`);
	await page.getByTestId('start').click();
	await expect(page.locator('article.step')).toBeVisible();
	await context.close();
});
