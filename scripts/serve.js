// @ts-check
/**
 * Serves the production build (build/) on localhost with no dependencies: what `npm start`, the
 * browser tests and the benchmark use. Any static host works the same way; this one also sends
 * 404.html (the helpful not-found page) for unknown addresses.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

/**
 * Reads a `_headers` file (the format static hosts use): a path pattern on its own line, then
 * indented `Name: value` lines. A pattern ending in `*` matches everything under it.
 * @param {string} file
 * @returns {Array<{ pattern: string, headers: Record<string, string> }>}
 */
export function readHeaderRules(file) {
	if (!fs.existsSync(file)) return [];
	/** @type {Array<{ pattern: string, headers: Record<string, string> }>} */
	const rules = [];
	for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
		else {
			const at = line.indexOf(':');
			const rule = rules.at(-1);
			if (rule && at > 0) rule.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
		}
	}
	return rules;
}

/**
 * The headers of every rule that matches `urlPath`, later rules winning.
 * @param {ReturnType<typeof readHeaderRules>} rules
 * @param {string} urlPath
 */
function headersFor(rules, urlPath) {
	/** @type {Record<string, string>} */
	const out = {};
	for (const { pattern, headers } of rules) {
		const matches = pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern;
		if (matches) Object.assign(out, headers);
	}
	return out;
}

/**
 * Finds the file for a URL path: the file itself, or `<path>/index.html`.
 * @param {string} root
 * @param {string} urlPath
 */
function resolveFile(root, urlPath) {
	const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
	const candidate = path.join(root, clean);
	if (!candidate.startsWith(root)) return null;
	for (const file of [candidate, path.join(candidate, 'index.html')]) {
		if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
	}
	return null;
}

/**
 * Starts a server for `root` on `port` (0 = any free port); resolves with the server.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 * @returns {Promise<http.Server>}
 */
export function serve({ root = path.resolve('build'), port = 4173, host = '127.0.0.1' } = {}) {
	const rules = readHeaderRules(path.join(root, '_headers'));
	const server = http.createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		if (url.pathname === '/_headers') {
			response.writeHead(404).end();
			return;
		}
		// A directory without its trailing slash: redirect, so relative URLs and caches agree.
		const direct = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
		if (!url.pathname.endsWith('/') && direct.startsWith(root) && fs.existsSync(path.join(direct, 'index.html'))) {
			response.writeHead(308, { Location: `${url.pathname}/${url.search}` });
			response.end();
			return;
		}
		let file = resolveFile(root, url.pathname);
		let status = 200;
		if (!file) {
			file = path.join(root, '404.html');
			status = 404;
		}
		const headers = {
			'Content-Type': types[/** @type {keyof typeof types} */ (path.extname(file))] ?? 'application/octet-stream',
			// Checked each time unless _headers says otherwise (hashed assets never change).
			'Cache-Control': 'no-cache',
			...headersFor(rules, url.pathname)
		};
		response.writeHead(status, headers);
		fs.createReadStream(file).pipe(response);
	});
	return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const port = Number(process.env.PORT ?? 4173);
	const server = await serve({ port });
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	console.log(`Data Trail is running at http://localhost:${actual}/ (Ctrl+C to stop)`);
}
