import fs from 'node:fs';
import path from 'node:path';
import { test as plain } from '@playwright/test';
import { expect, test } from './fixtures';
import { root } from './scenario-paths';

function htmlFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const file = path.join(dir, entry.name);
		return entry.isDirectory() ? htmlFiles(file) : file.endsWith('.html') ? [file] : [];
	});
}

test('every built page carries a strict policy: own-origin scripts by hash, no inline scripts', () => {
	const pages = htmlFiles(path.join(root, 'build'));
	expect(pages.length).toBeGreaterThan(5);
	for (const page of pages) {
		const html = fs.readFileSync(page, 'utf8');
		const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
		expect(policy, page).toBeTruthy();
		const directives = new Map(
			policy!.split(';').map((d) => {
				const [name, ...values] = d.trim().split(/\s+/);
				return [name, values] as const;
			})
		);
		const scripts = directives.get('script-src') ?? [];
		expect(scripts, page).toContain("'self'");
		expect(scripts.join(' '), page).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
		expect(directives.get('connect-src'), page).toEqual(["'self'"]);
		expect(directives.get('default-src'), page).toEqual(["'self'"]);
		expect(policy, page).not.toMatch(/https?:\/\//);
	}
});

test('responses carry the hardening headers from _headers', async ({ page }) => {
	const response = await page.goto('/en/');
	const headers = response!.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('no-referrer');
	expect(headers['x-frame-options']).toBe('DENY');
});

plain('a script injected into the page is blocked by the policy', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	await page.goto('/en/');
	const ran = await page.evaluate(async () => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.head.append(script);
		await new Promise((resolve) => setTimeout(resolve, 100));
		return (window as unknown as { __injected?: boolean }).__injected === true;
	});
	expect(ran).toBe(false);
	expect(violations.length).toBeGreaterThan(0);
});
