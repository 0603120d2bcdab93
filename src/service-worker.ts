/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Data Trail's service worker: after the first visit every page, scenario and language works with
 * no network. It precaches what SvelteKit built and prerendered (only `$service-worker` knows the
 * prerendered pages), cleans old versions on activate, and waits for the person to accept an
 * update: it never takes over mid-walk on its own.
 */
import { build, files, prerendered, version } from '$service-worker';
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { setCatchHandler, setDefaultHandler } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope;

/** The app shell for unknown addresses (adapter-static's fallback page). */
const notFoundPage = '/404.html';

precacheAndRoute(
	[
		// Hashed file names: the name is the revision.
		...build.map((url) => ({ url, revision: null })),
		// _headers is for the static host, not for the browser.
		...files.filter((url) => url !== '/_headers').map((url) => ({ url, revision: version })),
		...prerendered.map((url) => ({ url, revision: version })),
		{ url: notFoundPage, revision: version }
	],
	{
		// Pages are stored as `/en/`; a slash-less `/en` must find the same entry offline.
		urlManipulation: ({ url }) =>
			url.pathname.endsWith('/') ? [] : [new URL(`${url.pathname}/`, url.origin)]
	}
);
cleanupOutdatedCaches();

// Without this the very first visit is never controlled, and a reload offline would fail.
clientsClaim();

// Anything not precached goes to the network; when that fails (offline), pages get the
// not-found shell, which renders the helpful page for the address in the right language.
setDefaultHandler(new NetworkOnly());
setCatchHandler(async ({ request }) => {
	if (request.destination === 'document') {
		return (await matchPrecache(notFoundPage)) ?? Response.error();
	}
	return Response.error();
});

// workbox-window's messageSkipWaiting(), sent only when the person taps "Update".
self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
