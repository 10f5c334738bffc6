import { defineConfig } from '@playwright/test';

/** Debian's Chromium, never a downloaded browser (`playwright install` fails here). */
export const CHROMIUM = {
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
};

// E2E_PORT lets several checkouts on one machine run their browser tests at once
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	timeout: 120_000,
	expect: { timeout: 15_000 },
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: CHROMIUM,
		acceptDownloads: true
	},
	webServer: {
		command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
