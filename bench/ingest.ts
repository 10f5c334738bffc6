/**
 * Ingest: the data command's full import of ../shared/data (or BENCH_FROM)
 * beside papaparse's own streaming parse of the same files and a plain read
 * of them, each in a child process of its own (bench/ingest-child.ts), in
 * interleaved rounds; then the import of a file ten times the largest one.
 * Targets (issue 3): the whole import ≤ 1.5 × papaparse alone; peak RSS
 * under 200 MB however large a file grows. Beside them, the floor of any
 * import that writes this output: papaparse, plus the output's JSON text,
 * plus creating its files (ingest-child.ts, outputFloor).
 */
import { spawnSync } from 'node:child_process';
import { formatCount } from '../src/lib/domain/format';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import Papa from 'papaparse';
import { CSV_CONFIG, decodeBytes, normalizeText } from '../src/lib/sources/csv-text';
import { HEAD_ROWS, identify } from '../src/lib/sources/feed';
import { ADAPTERS } from '../src/lib/sources/registry';
import { csvAdapters } from '../src/lib/sources/types';
import type { Manifest } from '../src/lib/domain/manifest';
import { SHARED_DATA } from '../tests/support/shared-data';
import { measurement as m, median, type Section } from './measure';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ROOT = resolve(import.meta.dirname, '..');

interface Child {
	ms: number;
	cpuMs: number;
	bytes: number;
	rows: number;
	maxRssMB: number;
	/** `floor` only */
	files?: number;
	jsonMs?: number;
	createMs?: number;
}

function child(args: string[]): Child {
	const r = spawnSync(process.execPath, ['scripts/run.mjs', 'bench/ingest-child.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8'
	});
	if (r.status !== 0) throw new Error(`bench child ${args[0]} failed:\n${r.stderr}`);
	return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

const med = (runs: Child[], k: keyof Child) => median(runs.map((r) => r[k] ?? NaN));
const mb = (bytes: number) => bytes / 1e6;

/**
 * The largest file with its data rows written ten times (header and any
 * preamble once). Repeated rows are exact duplicates: the adapter counts them
 * and its output stays the same size, so what grows is the reading.
 */
function tenfold(path: string, dir: string): string {
	const rows = Papa.parse<string[]>(
		normalizeText(decodeBytes(readFileSync(path)).text),
		CSV_CONFIG
	).data;
	const h = identify(rows.slice(0, HEAD_ROWS), csvAdapters(ADAPTERS))?.headerRow ?? 0;
	const data = rows.slice(h + 1).filter((r) => r.some((c) => c.trim() !== ''));
	const out = join(dir, `10x-${basename(path)}`);
	const body = Papa.unparse(data, CSV_CONFIG);
	writeFileSync(
		out,
		`${Papa.unparse(rows.slice(0, h + 1), CSV_CONFIG)}\n${`${body}\n`.repeat(10)}`
	);
	return out;
}

export const ingest: Section = {
	name: 'ingest',
	async run(log) {
		const from = resolve(process.env.BENCH_FROM ?? SHARED_DATA);
		const work = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
		try {
			let n = 0;
			const importInto = (dir: string) => child(['import', dir, join(work, `out-${n++}`)]);
			// A first import names the files it used: the same bytes go to papaparse and the plain read.
			importInto(from);
			const manifest: Manifest = JSON.parse(
				readFileSync(join(work, 'out-0', 'data', 'manifest.json'), 'utf8')
			);
			const files = manifest.datasets.flatMap((d) => d.files.map((f) => f.source));
			const runs = { read: [] as Child[], papaparse: [] as Child[], import: [] as Child[] };
			for (let i = 0; i < ROUNDS; i++) {
				log(`round ${i + 1} of ${ROUNDS}`);
				runs.read.push(child(['read', ...files]));
				runs.papaparse.push(child(['papaparse', ...files]));
				runs.import.push(importInto(from));
				rmSync(join(work, `out-${n - 1}`), { recursive: true, force: true });
			}
			const bytes = runs.import[0]!.bytes;
			const rows = runs.import[0]!.rows;
			const what = `${files.length} files, ${mb(bytes).toFixed(1)} MB, ${formatCount(rows)} rows`;
			const ratio = med(runs.import, 'ms') / med(runs.papaparse, 'ms');
			const floor = [0, 1, 2].map(() => child(['floor', join(work, 'out-0', 'data')]));
			const floorMs = med(runs.papaparse, 'ms') + med(floor, 'jsonMs') + med(floor, 'createMs');
			const output = `${floor[0]!.files} files, ${mb(floor[0]!.bytes).toFixed(1)} MB`;
			const cpuRatio = med(runs.import, 'cpuMs') / med(runs.papaparse, 'cpuMs');

			const largest = files.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
			const tenDir = join(work, 'tenfold');
			mkdirSync(tenDir);
			const big = tenfold(largest, tenDir);
			log(`10 × ${basename(largest)}: ${mb(statSync(big).size).toFixed(1)} MB`);
			const ten = [0, 1, 2].map(() => importInto(tenDir));

			const rssTarget = (v: number) => ({ text: '< 200 MB', met: v < 200 });
			return [
				m(`plain read (${what})`, 'time', med(runs.read, 'ms'), 'ms'),
				m('plain read', 'throughput', mb(bytes) / (med(runs.read, 'ms') / 1000), 'MB/s'),
				m('plain read', 'peak RSS', med(runs.read, 'maxRssMB'), 'MB'),
				m('papaparse streaming parse', 'time', med(runs.papaparse, 'ms'), 'ms'),
				m(
					'papaparse streaming parse',
					'throughput',
					mb(bytes) / (med(runs.papaparse, 'ms') / 1000),
					'MB/s'
				),
				m(
					'papaparse streaming parse',
					'rows/s',
					med(runs.papaparse, 'rows') / (med(runs.papaparse, 'ms') / 1000),
					'rows/s'
				),
				m('papaparse streaming parse', 'peak RSS', med(runs.papaparse, 'maxRssMB'), 'MB'),
				m('full import (--from)', 'time', med(runs.import, 'ms'), 'ms'),
				m(
					'full import (--from)',
					'throughput',
					mb(bytes) / (med(runs.import, 'ms') / 1000),
					'MB/s'
				),
				m('full import (--from)', 'rows/s', rows / (med(runs.import, 'ms') / 1000), 'rows/s'),
				m(
					'full import (--from)',
					'peak RSS',
					med(runs.import, 'maxRssMB'),
					'MB',
					rssTarget(med(runs.import, 'maxRssMB'))
				),
				m('full import ÷ papaparse', 'time ratio', ratio, '×', {
					text: '≤ 1.5',
					met: ratio <= 1.5
				}),
				m('full import ÷ papaparse', 'CPU-time ratio', cpuRatio, '×'),
				m(`the import's output (${output})`, 'JSON.stringify', med(floor, 'jsonMs'), 'ms'),
				m("the import's output", 'creating as many files', med(floor, 'createMs'), 'ms'),
				m(
					'floor: papaparse + output JSON + file creation',
					'÷ papaparse',
					floorMs / med(runs.papaparse, 'ms'),
					'×',
					undefined,
					'what any import that writes this output would take with adapters, combining and packing free'
				),
				m(
					`full import of 10 × ${basename(largest)} (${mb(statSync(big).size).toFixed(0)} MB)`,
					'time',
					med(ten, 'ms'),
					'ms'
				),
				m(
					'full import of the 10 × file',
					'throughput',
					mb(statSync(big).size) / (med(ten, 'ms') / 1000),
					'MB/s'
				),
				m(
					'full import of the 10 × file',
					'peak RSS',
					med(ten, 'maxRssMB'),
					'MB',
					rssTarget(med(ten, 'maxRssMB'))
				)
			];
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	}
};
