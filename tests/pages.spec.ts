import { seriousViolations } from './helpers';
import { expect, test } from './fixtures';
import { words } from './scenario-paths';

for (const route of ['map', 'glossary', 'sources']) {
	test(`the ${route} page passes axe at 320 px, fits the screen and stays on the origin`, async ({ page, baseURL }) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.setViewportSize({ width: 320, height: 700 });
		await page.goto(`/en/${route}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(words('en', 'common', `${route}.title`));
		expect(await seriousViolations(page)).toEqual([]);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		expect(requests.filter((url) => !url.startsWith(`${baseURL}/`))).toEqual([]);
	});
}

test('the map says what a party receives, from whom and in which scenarios', async ({ page }) => {
	await page.goto('/en/map/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	const employer = page.locator('button[data-party="employer"]');
	await employer.click();
	await expect(employer).toHaveAttribute('aria-pressed', 'true');
	const panel = page.getByTestId('received');
	await expect(panel.getByRole('heading')).toContainText(words('en', 'model', 'parties.employer.name'));
	await expect(panel).toContainText(words('en', 'common', 'scenarios.e-verify.title'));
	await expect(page.locator('path.edge.lit').first()).toBeVisible();
	// The table alternative lists every flow.
	await page.getByText(words('en', 'common', 'flow.showTable')).click();
	await expect(page.locator('table tbody tr').first()).toBeVisible();
	expect(await page.locator('table tbody tr').count()).toBeGreaterThan(20);
});

test('the sources page lists every citation with where it is used, in Spanish too', async ({ page }) => {
	await page.goto('/es/sources/');
	const first = page.locator('li[data-source="EV-05"]');
	await expect(first).toContainText('USCIS');
	await expect(first).toContainText(words('es', 'common', 'scenarios.e-verify.title'));
});
