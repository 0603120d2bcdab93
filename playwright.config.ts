import { defineConfig } from '@playwright/test';

// Browser tests run the production build (build/, served by scripts/serve.js) in Debian's
// Chromium: no browser is downloaded. The flags keep Chromium from calling home, which this
// machine's closed network would refuse (and the privacy test would count).
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

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	timeout: 60_000,
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.PLAYWRIGHT_JSON ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]] : 'list',
	webServer: {
		command: 'node scripts/serve.js',
		url: 'http://127.0.0.1:4173/en/',
		reuseExistingServer: !process.env.CI,
		env: { PORT: '4173' }
	},
	use: {
		baseURL: 'http://127.0.0.1:4173',
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true,
		locale: 'en-US',
		serviceWorkers: 'allow',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: chromiumArgs
		}
	}
});
