import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// module workers (the explore page parses files in one): ES output, no classic-script wrapper
	worker: { format: 'es' },
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
