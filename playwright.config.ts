import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.js';

// Browser tests run the production build (build/, served by scripts/serve.js) in Debian's
// Chromium: no browser is downloaded.
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
			executablePath: chromiumPath,
			args: chromiumArgs
		}
	}
});
