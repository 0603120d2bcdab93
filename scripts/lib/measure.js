// @ts-check
/** What a phone downloads: used by `npm run bench` and by the byte-budget browser test. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Loads a route in a fresh context (no service worker) and sums the gzip size of JS and CSS.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
export async function measureBytes(browser, url) {
	const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	/** @type {{ js: number, css: number, html: number, json: number, files: string[] }} */
	const total = { js: 0, css: 0, html: 0, json: 0, files: [] };
	/** @type {Promise<void>[]} */
	const pending = [];
	page.on('response', (response) => {
		pending.push(
			(async () => {
				const type = response.headers()['content-type'] ?? '';
				const kind = type.includes('javascript')
					? 'js'
					: type.includes('css')
						? 'css'
						: type.includes('html')
							? 'html'
							: type.includes('json')
								? 'json'
								: null;
				if (!kind) return;
				const body = await response.body().catch(() => Buffer.alloc(0));
				total[kind] += zlib.gzipSync(body, { level: 9 }).length;
				total.files.push(new URL(response.url()).pathname);
			})()
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await Promise.all(pending);
	await context.close();
	return total;
}

/**
 * Gzip bytes of everything the service worker precaches: the whole build but the host's
 * _headers file (the whole offline app, every language).
 * @param {string} buildDir
 */
export function precacheBytes(buildDir) {
	let bytes = 0;
	let files = 0;
	const walk = (/** @type {string} */ dir) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const file = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(file);
			else if (entry.name === '_headers') continue;
			else {
				bytes += zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
				files += 1;
			}
		}
	};
	walk(buildDir);
	return { gzipBytes: bytes, files };
}

