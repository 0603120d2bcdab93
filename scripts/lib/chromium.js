// @ts-check
/** Debian's Chromium, as the browser tests and the benchmark start it. */

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Keep Chromium from calling home: this machine's closed network refuses it, and the privacy
// test would count it.
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
