import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Pure zones import nothing from the UI or the runtime: the pipeline and the
// browser share them, and they stay testable as plain functions.
const browserSafe = {
	group: ['node:*', 'fs', 'path', '**/scripts/*'],
	message: 'app code runs in the browser: no Node modules or pipeline code.'
};
const pure = {
	group: [
		'svelte',
		'svelte/*',
		'$app/*',
		'chart.js',
		'chart.js/*',
		'$lib/components/*',
		'$lib/charts/*',
		'$lib/state/*',
		'$lib/maps/*'
	],
	message: 'domain and sources stay pure: no Svelte, chart.js, $app or UI imports.'
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'static/data/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench/out/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/**/*.test.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [browserSafe] }] }
	},
	{
		// explore: the reading of a person's file runs in a worker and in unit tests
		files: ['src/lib/domain/**/*.ts', 'src/lib/sources/**/*.ts', 'src/lib/explore/**/*.ts'],
		ignores: ['src/**/*.test.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [browserSafe, pure] }] }
	}
);
