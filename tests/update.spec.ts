import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import { serve } from '../scripts/serve.js';
import { expectStep, waitForServiceWorker } from './helpers';
import { fullWalk, root, scenariosUnderTest } from './scenario-paths';

const scenarios = await scenariosUnderTest();

test('a new version shows a banner, never reloads mid-walk, and keeps the step when accepted', async ({ page }) => {
	// Deploy "version 1" from a copy of the build, on a port of its own.
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-trail-deploy-'));
	fs.cpSync(path.join(root, 'build'), dir, { recursive: true });
	const server = await serve({ root: dir, port: 0 });
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	try {
		const { id, machine } = scenarios[0]!;
		const path0 = fullWalk(machine);
		const short = { events: path0.events.slice(0, 3), steps: path0.steps.slice(0, 4) };
		await page.goto(`${base}/en/`);
		await waitForServiceWorker(page);
		await page.goto(`${base}/en/scenarios/${id}/`);
		await page.getByTestId('start').click();
		for (const event of short.events) await page.locator(`button[data-event="${event}"]`).click();
		await expectStep(page, 'en', id, short.steps.at(-1)!);

		// "Deploy version 2": a service worker that differs by one byte is a new version.
		fs.appendFileSync(path.join(dir, 'service-worker.js'), '\n// version 2\n');
		await page.evaluate(() => {
			(window as unknown as { marker: string }).marker = 'still the same page';
		});
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect(page.getByTestId('update-banner')).toBeVisible();
		await page.waitForTimeout(1000);
		expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still the same page');
		await expectStep(page, 'en', id, short.steps.at(-1)!);

		await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update now' }).click()]);
		await expectStep(page, 'en', id, short.steps.at(-1)!);
		expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBeUndefined();
		await expect(page.getByText('You opened this step from a link')).toHaveCount(0);
	} finally {
		server.close();
		fs.rmSync(dir, { recursive: true, force: true });
	}
});
