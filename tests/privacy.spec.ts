import { expect, test } from './fixtures';
import { walk, waitForServiceWorker } from './helpers';
import { fullWalk, scenariosUnderTest } from './scenario-paths';

const scenarios = await scenariosUnderTest();

test('no request leaves the origin, and nothing about the walk is stored', async ({ page, context, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	// Page and service-worker requests both reach the context's request event.
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	await page.goto('/');
	await page.waitForURL(/\/en\/$/);
	await waitForServiceWorker(page);
	for (const { id, machine } of scenarios) {
		await walk(page, 'en', id, fullWalk(machine));
	}
	await page.goto('/en/about/');
	const offOrigin = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
	expect(offOrigin).toEqual([]);
	expect(requests.length).toBeGreaterThan(10);

	const stored = await page.evaluate(async () => ({
		local: Object.entries(localStorage),
		session: Object.entries(sessionStorage),
		cookies: document.cookie,
		databases: (await indexedDB.databases()).map((d) => d.name)
	}));
	expect(stored.local).toEqual([]);
	expect(stored.cookies).toBe('');
	expect(stored.databases).toEqual([]);
	// SvelteKit keeps scroll positions in sessionStorage; nothing else may be there, and no answer
	// or step may appear in it.
	const stepIds = scenarios.flatMap(({ machine }) => Object.keys(machine.root.states));
	for (const [key, value] of stored.session) {
		expect(['sveltekit:scroll', 'sveltekit:snapshot']).toContain(key);
		expect(value).not.toMatch(/choose\./);
		for (const step of stepIds) expect(value).not.toContain(step);
	}
	expect(await context.cookies()).toEqual([]);
});
