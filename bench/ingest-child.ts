/**
 * One measured ingest, run in a child process so its peak memory is its own,
 * started as `npm run data` starts the data command (plain JavaScript, no tsx):
 *   node scripts/run.mjs bench/ingest-child.ts read|papaparse FILE...
 *   node scripts/run.mjs bench/ingest-child.ts import DIR OUT_DIR
 *   node scripts/run.mjs bench/ingest-child.ts floor OUT_DIR
 * Prints one JSON line: { ms, cpuMs, bytes, rows, maxRssMB }; `floor` adds
 * { files, jsonMs, createMs } (see outputFloor). Time is measured inside
 * the process, so Node's start-up and the loading of code count for none of the three.
 */
import {
	closeSync,
	createReadStream,
	mkdtempSync,
	openSync,
	readdirSync,
	readFileSync,
	rmSync
} from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { ADAPTERS } from '../src/lib/sources/registry';
import { projectFiles } from '../scripts/pipeline/project-files';
import { run } from '../scripts/pipeline/run';

type Measured = { bytes: number; rows: number; files?: number; jsonMs?: number; createMs?: number };

async function plainRead(files: string[]): Promise<Measured> {
	let bytes = 0;
	for (const f of files)
		for await (const chunk of createReadStream(f, { highWaterMark: 1 << 20 }))
			bytes += (chunk as Buffer).length;
	return { bytes, rows: 0 };
}

/** papaparse's own streaming parse, rows handed over in chunks and dropped. */
async function papaparse(files: string[]): Promise<Measured> {
	let rows = 0;
	let bytes = 0;
	for (const f of files) {
		bytes += (await stat(f)).size;
		await new Promise<void>((resolve, reject) =>
			Papa.parse(createReadStream(f, { encoding: 'utf8' }) as unknown as File, {
				chunk: (r) => void (rows += r.data.length),
				complete: () => resolve(),
				error: reject
			})
		);
	}
	return { bytes, rows };
}

/** The data command's whole import: discover, stage, hash, read, combine, write. */
async function fullImport(from: string, out: string): Promise<Measured> {
	const { manifest } = await run({
		from,
		outDir: join(out, 'data'),
		rawDir: join(out, 'raw'),
		adapters: ADAPTERS,
		...projectFiles(),
		download: { timeoutMs: 60_000, retries: 0, backoffMs: 0 },
		log: () => {},
		progress: false
	});
	const files = manifest.datasets.flatMap((d) => d.files);
	return {
		bytes: files.reduce((n, f) => n + f.bytes, 0),
		rows: files.reduce((n, f) => n + f.rowsRead, 0)
	};
}

/**
 * Two costs any import pays for writing what this one writes, whatever its
 * adapters do: the JSON text of every output file (JSON.stringify of the
 * values read back from an import's output, once, as the import makes each
 * once) and the creation of as many files (empty, in a fresh folder: on
 * this machine's disk a new file costs 0.05–1 ms, an existing one far less).
 */
function outputFloor(out: string): Measured {
	const paths = readdirSync(out, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.json'))
		.map((e) => join(e.parentPath, e.name));
	const values: unknown[] = paths.map((p) => JSON.parse(readFileSync(p, 'utf8')));
	let bytes = 0;
	let t = performance.now();
	for (const v of values) bytes += JSON.stringify(v).length;
	const jsonMs = performance.now() - t;
	const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
	try {
		t = performance.now();
		for (let i = 0; i < paths.length; i++) closeSync(openSync(join(dir, `${i}.json`), 'w'));
		return { bytes, rows: 0, files: paths.length, jsonMs, createMs: performance.now() - t };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const [mode, ...args] = process.argv.slice(2);
const started = performance.now();
const cpu = process.cpuUsage();
const measured =
	mode === 'read'
		? await plainRead(args)
		: mode === 'papaparse'
			? await papaparse(args)
			: mode === 'import'
				? await fullImport(args[0]!, args[1]!)
				: mode === 'floor'
					? outputFloor(args[0]!)
					: null;
if (!measured) throw new Error(`unknown mode ${mode}`);
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;
console.log(
	JSON.stringify({ ms, cpuMs, ...measured, maxRssMB: process.resourceUsage().maxRSS / 1024 })
);
