import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { EAGER_COMPILE_HINT } from './src/compile-hint';
import { regionRows } from './src/lib/domain/regions-csv';

const ROWS = '?jurisdictions';
/** `data/regions.csv?jurisdictions`: the file's rows, read once here and shipped as JSON. */
const regions: Plugin = {
	name: 'regions-csv',
	enforce: 'pre',
	load(id) {
		if (!id.endsWith(ROWS)) return null;
		const file = id.slice(0, -ROWS.length);
		this.addWatchFile(file);
		return `export default ${JSON.stringify(regionRows(readFileSync(file, 'utf8')))};`;
	}
};

/**
 * V8's explicit compile hint, on the first line of every script the browser gets. Without it V8
 * compiles each function on the main thread the first time it runs, and a page's whole start
 * (hydration, the first chart) is first runs. With it the scripts are compiled while they stream
 * in, off the main thread. On this machine it took the longest task after first paint on / from
 * ~100 ms to ~50 ms (Chromium 156; a browser without the feature reads a comment).
 */
const compileHints: Plugin = {
	name: 'compile-hints',
	enforce: 'post',
	generateBundle: {
		order: 'post',
		handler(_options, bundle) {
			if (this.environment.name !== 'client') return;
			for (const file of Object.values(bundle))
				if (file.type === 'chunk' && !file.code.startsWith(EAGER_COMPILE_HINT))
					file.code = EAGER_COMPILE_HINT + file.code;
		}
	}
};

export default defineConfig({
	plugins: [regions, sveltekit(), compileHints],
	// module workers (the explore page parses files in one): ES output, no classic-script wrapper
	worker: { format: 'es', plugins: () => [regions] },
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	test: {
		include: [
			'src/**/*.test.ts',
			'scripts/**/*.test.ts',
			'tests/unit/**/*.test.ts',
			'tests/bad-input/**/*.test.ts'
		],
		environment: 'node',
		expect: { requireAssertions: true },
		testTimeout: 60_000
	}
});
