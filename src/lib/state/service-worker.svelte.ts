/**
 * The page's side of the service worker, through workbox-window: registers it, says once when the
 * app is ready offline, and offers updates. An update applies only when the person taps it.
 */
import type { Workbox } from 'workbox-window';

export class ServiceWorkerBridge {
	/** A new version is installed and waiting for the person's go-ahead. */
	updateReady = $state(false);
	/** The first install finished: every page now works offline. */
	offlineReady = $state(false);
	#workbox: Workbox | undefined;

	/** Registers `/service-worker.js`; does nothing where service workers are unavailable. */
	async register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const { Workbox } = await import('workbox-window');
		const wb = new Workbox('/service-worker.js');
		wb.addEventListener('waiting', () => {
			this.updateReady = true;
		});
		wb.addEventListener('activated', (event) => {
			if (!event.isUpdate) this.offlineReady = true;
		});
		// The new worker took over because the person asked for it: load the same address again
		// (the step is in the hash and the answers in the history entry, so the walk continues).
		wb.addEventListener('controlling', (event) => {
			if (event.isUpdate) location.reload();
		});
		this.#workbox = wb;
		await wb.register();
	}

	/** Lets the waiting version take over; the page reloads when it does. */
	applyUpdate(): void {
		this.#workbox?.messageSkipWaiting();
	}

	dismissUpdate(): void {
		this.updateReady = false;
	}
}
