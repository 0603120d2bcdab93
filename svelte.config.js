import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered per language. 404.html is the app shell for unknown addresses: it
		// renders the helpful not-found page in the right language instead of a bare error.
		adapter: adapter({ fallback: '404.html', precompress: false, strict: true }),
		// Absolute asset paths: HTML served by the service worker under another URL must still
		// find /_app/… (relative paths break hydration offline).
		paths: { relative: false },
		// workbox-window registers the worker so the person decides when an update applies.
		serviceWorker: { register: false },
		prerender: {
			entries: ['*'],
			handleHttpError: 'fail',
			// On a scenario page the hash names a step, not an element: that is expected.
			handleMissingId: ({ path, message }) => {
				if (!/^\/[^/]+\/scenarios\/[^/]+\/$/.test(path)) throw new Error(message);
			}
		},
		// Small CSS goes into the HTML itself: one less round trip before the first paint.
		inlineStyleThreshold: 8192
	}
};

export default config;
