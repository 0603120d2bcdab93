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
		// A strict policy in every prerendered page: scripts only from this origin plus SvelteKit's
		// own inline start-up script (by hash), nothing to or from any other origin. Styles allow
		// inline because Svelte writes style attributes (e.g. the progress bar width) and the route
		// announcer; scripts never do. static/_headers adds what a <meta> policy cannot carry.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		},
		// Small CSS goes into the HTML itself: one less round trip before the first paint.
		inlineStyleThreshold: 8192
	}
};

export default config;
