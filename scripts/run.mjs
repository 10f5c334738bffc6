/**
 * node scripts/run.mjs FILE.ts [ARG…]
 *
 * Runs one of the project's TypeScript entry points (scripts/data.ts,
 * scripts/start.ts, bench/ingest-child.ts) as plain JavaScript, in this
 * process. esbuild bundles the file with everything it imports from this
 * repository into node_modules/.cache/run/ (packages stay imports, resolved
 * from node_modules as usual); the bundle is made again only when the launcher
 * or one of its source files changed, so a command that has not changed starts
 * with Node, its own code and nothing else.
 *
 * Why not tsx: under `node --import tsx`, Node 20 runs tsx's loader on a thread
 * of its own with a V8 heap of its own, ~40 MB of resident memory that every
 * run of the data import carried beside the import's own.
 *
 * Bundled code sees import.meta of the bundle, not of its source file: entry
 * points and what they import find files from the working directory instead.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'run');
const LAUNCHER = relative(ROOT, import.meta.filename);

/**
 * One digest of the launcher and the given source files (paths from ROOT):
 * the bundle is current while its sources' digest is the one it was made from.
 * @param {string[]} inputs
 */
function digest(inputs) {
	const hash = createHash('sha256');
	for (const file of [LAUNCHER, ...inputs]) {
		const path = join(ROOT, file);
		hash.update(`${file}\0${existsSync(path) ? 'file' : 'gone'}\0`);
		if (existsSync(path)) hash.update(readFileSync(path));
	}
	return hash.digest('hex');
}

/**
 * Writes a file whole or not at all: several runs (tests start the data
 * command in parallel) may make the same bundle at once.
 * @param {string} path
 * @param {string | Uint8Array} contents
 */
function writeWhole(path, contents) {
	const part = `${path}.${process.pid}.part`;
	writeFileSync(part, contents);
	renameSync(part, path);
}

/**
 * The bundle of `entry` (a path from ROOT), made first if it is missing or stale.
 * @param {string} entry
 */
async function bundle(entry) {
	const out = join(CACHE, entry.replace(/\.ts$/, '.mjs'));
	const stamp = `${out}.sources.json`;
	if (existsSync(out) && existsSync(stamp)) {
		const last = JSON.parse(readFileSync(stamp, 'utf8'));
		if (last.digest === digest(last.inputs)) return out;
	}
	const { build } = await import('esbuild');
	const result = await build({
		absWorkingDir: ROOT,
		entryPoints: [entry],
		outfile: out,
		bundle: true,
		packages: 'external',
		platform: 'node',
		format: 'esm',
		target: 'node20',
		sourcemap: 'linked',
		sourcesContent: false,
		// what the project's TypeScript settings mean for emitted code (tsconfig.json
		// extends .svelte-kit/tsconfig.json, which exists only after `svelte-kit sync`)
		tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true, useDefineForClassFields: true } },
		metafile: true,
		write: false,
		logLevel: 'error'
	}).catch(() => process.exit(1)); // esbuild has said what is wrong
	mkdirSync(dirname(out), { recursive: true });
	for (const file of result.outputFiles) writeWhole(file.path, file.contents);
	const inputs = Object.keys(result.metafile.inputs);
	writeWhole(stamp, JSON.stringify({ inputs, digest: digest(inputs) }));
	return out;
}

const entry = process.argv[2];
if (!entry?.endsWith('.ts')) {
	console.error('Usage: node scripts/run.mjs FILE.ts [ARG…]');
	process.exit(2);
}
const out = await bundle(relative(ROOT, resolve(entry)));
// the entry point reads its own arguments from process.argv.slice(2), as under node or tsx
process.argv.splice(1, 2, resolve(entry));
process.setSourceMapsEnabled(true);
await import(pathToFileURL(out).href);
