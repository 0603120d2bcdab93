import { expect, test } from './fixtures';
import { seriousViolations, walk } from './helpers';
import { pathsToOutcomes, scenariosUnderTest } from './scenario-paths';

const scenarios = await scenariosUnderTest();

for (const width of [390, 320]) {
	test(`axe finds nothing serious on home, a step and a summary at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/en/');
		expect(await seriousViolations(page)).toEqual([]);
		const { id, machine } = scenarios[0]!;
		const path = pathsToOutcomes(machine).sort((a, b) => b.steps.length - a.steps.length)[0]!;
		await walk(page, 'en', id, { events: path.events.slice(0, 1), steps: path.steps.slice(0, 2) });
		await page.locator('details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
		expect(await seriousViolations(page)).toEqual([]);
		await walk(page, 'es', id, path);
		expect(await seriousViolations(page)).toEqual([]);
		// Nothing is wider than the screen.
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}
