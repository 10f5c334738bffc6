import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
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

export default defineConfig({
	plugins: [regions, sveltekit()],
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
