/**
 * Benchmark: how long the main thread is ever blocked while /explore reads a
 * large CSV (generated here, ~200 MB by default) through its column mapping
 * in the worker. Reports (does not assert), split at the moment the status
 * says the file is read: the longest main-thread task (Long Tasks API) and the
 * longest delay of a 10 ms timer while the worker reads, then the longest
 * task drawing the result; the read time; the page's JS heap after it.
 *
 * The file is generated once and kept in the temporary folder for the next run.
 *   npm run bench -- explore-parse         (BENCH_EXPLORE_MB=200 by default)
 */
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../playwright.config';
import { formatCount } from '../src/lib/domain/format';
import { measurement, type Section } from './measure';
import { site } from './site';

export interface ExploreParseResult {
	fileMB: number;
	rows: number;
	/** from clicking "Read the whole file" to the chart's status message */
	readSeconds: number;
	/** while the worker reads: the longest main-thread task (Long Tasks API reports those over 50 ms) */
	longestTaskWhileReadingMs: number;
	longTasksWhileReading: number;
	/** while the worker reads: the longest a 10 ms main-thread timer fired late (what a person feels) */
	maxTimerDelayWhileReadingMs: number;
	/** once read: the longest task drawing the chart, table and controls (the same for any file size) */
	longestTaskDrawingResultMs: number;
	/** main-thread JS heap after the read (Chromium's performance.memory) */
	heapMB: number;
}

const STATES = [
	'01',
	'04',
	'06',
	'08',
	'12',
	'13',
	'17',
	'18',
	'21',
	'26',
	'36',
	'39',
	'42',
	'48',
	'53'
];

/** A long-format county file: month, county FIPS, name, deaths and a quoted note padding the rows. */
export async function generateCsv(path: string, mb: number): Promise<number> {
	if (existsSync(path) && Math.abs(statSync(path).size - mb * 1e6) < 1e6) return countRows(path);
	const out = createWriteStream(path);
	const write = (s: string) =>
		out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
	await write('month,county_fips,county,deaths,note\n');
	const note = `"reviewed by the county medical examiner, ${'x'.repeat(140)}"`;
	let bytes = 0;
	let rows = 0;
	for (let c = 0; bytes < mb * 1e6; c++) {
		const fips = `${STATES[c % STATES.length]}${String(1 + Math.floor(c / STATES.length) * 2).padStart(3, '0')}`;
		let chunk = '';
		for (let m = 0; m < 312 && bytes + chunk.length < mb * 1e6; m++) {
			const month = `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
			chunk += `${month},${fips},County ${fips},${(c * 7 + m * 13) % 97},${note}\n`;
			rows++;
		}
		bytes += chunk.length;
		await write(chunk);
	}
	await new Promise<void>((r) => out.end(() => r()));
	return rows;
}

/** Rows of a generated file: its lines less the header. */
async function countRows(path: string): Promise<number> {
	let lines = 0;
	for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>)
		for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
	return lines - 1;
}

// Scripts run in the page are strings: tsx would wrap functions in helpers the page lacks.
const MONITOR = `(() => {
	const b = (window.bench = { tasks: [], delays: [], stop: false });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) b.tasks.push([e.startTime, e.duration]);
	}).observe({ type: 'longtask' });
	let expected = performance.now() + 10;
	const tick = () => {
		const now = performance.now();
		b.delays.push([expected, now - expected]);
		expected = now + 10;
		if (!b.stop) setTimeout(tick, 10);
	};
	setTimeout(tick, 10);
})()`;
const RESULTS = `(() => {
	const b = window.bench;
	b.stop = true;
	// the page marks the result's arrival: tasks that end before it ran while the
	// worker read; the one that receives the result and draws it ends after
	const readAt = performance.getEntriesByName('explore:result')[0].startTime;
	const split = (list) => {
		const before = list.filter(([t, d]) => t + d < readAt).map(([, d]) => d);
		const after = list.filter(([t, d]) => t + d >= readAt).map(([, d]) => d);
		return [Math.max(0, ...before), Math.max(0, ...after), before.length];
	};
	return {
		tasks: split(b.tasks),
		delays: split(b.delays),
		heap: performance.memory ? performance.memory.usedJSHeapSize : 0
	};
})()`;

type Split = [before: number, after: number, count: number];

export async function benchExploreParse(o: {
	url: string;
	mb?: number;
	file?: string;
}): Promise<ExploreParseResult> {
	const mb = o.mb ?? 200;
	const file = o.file ?? join(tmpdir(), `explore-bench-${mb}mb.csv`);
	const rows = await generateCsv(file, mb);
	const context = await chromium.launchPersistentContext(
		await mkdtemp(join(tmpdir(), 'explore-bench-')),
		{
			executablePath: CHROMIUM.executablePath,
			args: [...CHROMIUM.args, '--enable-precise-memory-info']
		}
	);
	try {
		const page = await context.newPage();
		await page.goto(`${o.url}/explore`);
		await page.getByLabel('Choose a CSV file').setInputFiles(file);
		await page.getByRole('button', { name: 'Read the whole file' }).waitFor({ timeout: 60_000 });
		await page.evaluate(MONITOR);
		const start = Date.now();
		await page.getByRole('button', { name: 'Read the whole file' }).click();
		await page
			.getByRole('status')
			.filter({ hasText: /^Read / })
			.waitFor({ timeout: 600_000 });
		await page.locator('canvas[data-drawn]').waitFor();
		const readSeconds = (Date.now() - start) / 1000;
		await page.waitForTimeout(500);
		const b = (await page.evaluate(RESULTS)) as { tasks: Split; delays: Split; heap: number };
		return {
			fileMB: Math.round(statSync(file).size / 1e6),
			rows,
			readSeconds,
			longestTaskWhileReadingMs: Math.round(b.tasks[0]),
			longTasksWhileReading: b.tasks[2],
			maxTimerDelayWhileReadingMs: Math.round(b.delays[0]),
			longestTaskDrawingResultMs: Math.round(b.tasks[1]),
			heapMB: Math.round(b.heap / 1e6)
		};
	} finally {
		await context.close();
	}
}

export const exploreParse: Section = {
	name: 'explore-parse',
	async run(log) {
		const url = await site(log);
		const mb = Number(process.env.BENCH_EXPLORE_MB ?? 200);
		log(`/explore: reading a generated ${mb} MB CSV`);
		const r = await benchExploreParse({ url, mb });
		const what = `/explore, a ${r.fileMB} MB CSV (${formatCount(r.rows)} rows)`;
		return [
			measurement(what, 'read time', r.readSeconds, 's'),
			measurement(
				what,
				'longest main-thread task while reading',
				r.longestTaskWhileReadingMs,
				'ms'
			),
			measurement(what, 'long tasks while reading', r.longTasksWhileReading, ''),
			measurement(
				what,
				'longest 10 ms timer delay while reading',
				r.maxTimerDelayWhileReadingMs,
				'ms'
			),
			measurement(what, 'longest task drawing the result', r.longestTaskDrawingResultMs, 'ms'),
			measurement(what, 'JS heap after the read', r.heapMB, 'MB')
		];
	}
};
