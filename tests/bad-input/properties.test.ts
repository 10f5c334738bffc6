/**
 * Property-based tests of the CSV -> series path (fast-check):
 * - for any text or bytes, reading fails only with a SourceError (a message
 *   naming file and row), never another exception;
 * - the pipeline's streaming reader and the browser's in-memory reader agree;
 * - for generated VSRR-shaped rows, every row is accounted for: rows in =
 *   reported points out + counted skips, and each point carries the file's
 *   own number or a gap, never an invented one.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, expect, test } from 'vitest';
import { readCsvFile } from '../../scripts/pipeline/read-csv';
import { MONTH_NAMES } from '../../src/lib/domain/period';
import { cdcVsrrState } from '../../src/lib/sources/cdc-vsrr-state/adapter';
import { INDICATORS, JURISDICTIONS } from '../../src/lib/sources/cdc-vsrr-state/indicators';
import { decodeBytes } from '../../src/lib/sources/csv-text';
import { readCsvText } from '../../src/lib/sources/read-text';
import { SourceError } from '../../src/lib/sources/types';
import { BAD_CTX, CSV_ADAPTERS } from './seeds';

const work = mkdtempSync(join(tmpdir(), 'properties-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `read`; a thrown value must be a SourceError. Returns the result or the message. */
function outcome(read: () => unknown): unknown {
	try {
		return read();
	} catch (e) {
		if (!(e instanceof SourceError)) throw e;
		return `SourceError: ${e.message}`;
	}
}
const inMemory = (text: string) => outcome(() => readCsvText(text, 'f.csv', CSV_ADAPTERS, BAD_CTX));

// Cells that look like the real thing, mixed with what breaks parsers.
const cell = fc.oneof(
	fc.constantFrom('', ' ', 'OH', 'US', 'YC', 'ZZ', '2024', 'March', '13', '12 month-ending'),
	fc.constantFrom(...[...INDICATORS.keys()], '1,234', '99.5+', '-5', 'NaN', '0x10', '"', '""'),
	fc.integer({ min: -10, max: 100_000 }).map(String),
	fc.string({ unit: 'binary-ascii', maxLength: 8 }),
	fc.string({ unit: 'binary', maxLength: 4 })
);
const header = fc.oneof(
	...CSV_ADAPTERS.flatMap((a) => a.headers.map((h) => fc.shuffledSubarray([...h, 'Extra'])))
);
const newline = fc.constantFrom('\n', '\r\n', '\r');
/** CSV-ish text: a known header (some columns dropped) and rows of odd cells. */
const oddRows = fc
	.tuple(header, fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 12 }), newline)
	.map(([h, rows, nl]) => Papa.unparse([h, ...rows], { newline: nl, quotes: false }));
/** Valid VSRR rows (defined below), some cells swapped for odd ones: mostly read, sometimes not. */
const nearlyValid = fc
	.tuple(
		fc.array(
			fc.tuple(
				fc.constant(null).chain(() => vsrrRow),
				fc.option(fc.tuple(fc.nat(10), cell), { freq: 3 })
			),
			{ minLength: 1, maxLength: 12 }
		),
		newline
	)
	.map(([rows, nl]) =>
		Papa.unparse(
			[
				[...cdcVsrrState.headers[0]!],
				...rows.map(([r, odd]) => {
					const cells = line(r);
					if (odd) cells[odd[0]] = odd[1];
					return cells;
				})
			],
			{ newline: nl, quotes: false }
		)
	);
const csvish = fc.oneof(oddRows, nearlyValid);

const kind = (o: unknown) => (typeof o === 'string' ? 'error' : 'result');

test('any text: a SourceError or a result, nothing else', () => {
	const seen = new Set<string>();
	fc.assert(
		fc.property(fc.oneof(csvish, fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
			seen.add(kind(inMemory(text)));
		}),
		{ numRuns: 1500 }
	);
	// the generator reaches both: files read and files rejected
	expect([...seen].sort()).toEqual(['error', 'result']);
});

test('any bytes: a SourceError or a result, nothing else', () => {
	const seen = new Set<string>();
	fc.assert(
		fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
			seen.add(kind(inMemory(decodeBytes(bytes).text)));
		}),
		{ numRuns: 500 }
	);
	expect(seen.has('error')).toBe(true);
});

test('the streaming reader and the in-memory reader agree on any text', async () => {
	let n = 0;
	await fc.assert(
		fc.asyncProperty(csvish, async (text) => {
			const path = join(work, `p${n++}.csv`);
			writeFileSync(path, text);
			let streamed: unknown;
			try {
				const {
					encoding: _,
					bytes: __,
					...r
				} = await readCsvFile(path, {
					name: 'f.csv',
					adapters: CSV_ADAPTERS,
					ctx: BAD_CTX,
					progress: false
				});
				streamed = r;
			} catch (e) {
				if (!(e instanceof SourceError)) throw e;
				streamed = `SourceError: ${e.message}`;
			}
			expect(streamed).toEqual(inMemory(text));
		}),
		{ numRuns: 150 }
	);
});

interface VsrrRow {
	state: string;
	year: number;
	month: number;
	indicator: string;
	value: number | null;
	predicted: number | null;
	footnote: string;
}

const vsrrRow: fc.Arbitrary<VsrrRow> = fc.record({
	state: fc.oneof(
		{ weight: 5, arbitrary: fc.constantFrom(...JURISDICTIONS) },
		{ weight: 1, arbitrary: fc.constantFrom('GU', 'VI', 'AS', 'XX') }
	),
	year: fc.integer({ min: 2015, max: 2025 }),
	month: fc.integer({ min: 1, max: 12 }),
	indicator: fc.oneof(
		{ weight: 5, arbitrary: fc.constantFrom(...INDICATORS.keys()) },
		{
			weight: 1,
			arbitrary: fc.constantFrom('Fentanyl (street)', 'Number of Drug Overdose Deaths ')
		}
	),
	value: fc.option(fc.integer({ min: 0, max: 120_000 }), { freq: 4 }),
	predicted: fc.option(fc.integer({ min: 0, max: 120_000 }), { freq: 4 }),
	footnote: fc.constantFrom('', 'Data suppressed (<10).', 'Data not shown due to low data quality.')
});
const keyOf = (r: VsrrRow) => `${r.state}|${r.year}|${r.month}|${r.indicator.trim()}`;

/** The row as CDC's download writes it: thousands quoted, percentages capped at 100. */
function line(r: VsrrRow): string[] {
	const percent = INDICATORS.get(r.indicator)?.kind === 'percent';
	const num = (v: number | null) =>
		v === null ? '' : percent ? String(v % 101) : v.toLocaleString('en-US');
	return [
		r.state,
		String(r.year),
		MONTH_NAMES[r.month - 1]!,
		'12 month-ending',
		r.indicator,
		num(r.value),
		'100',
		'0',
		r.footnote,
		'**',
		num(r.predicted)
	];
}

test('VSRR rows: rows in = reported points out + counted skips, and no number invented', () => {
	const rows = fc
		.uniqueArray(vsrrRow, { selector: keyOf, minLength: 1, maxLength: 60 })
		.chain((unique) =>
			fc.tuple(
				fc.constant(unique),
				fc.subarray(unique, { maxLength: Math.min(5, unique.length) }),
				fc.boolean()
			)
		);
	fc.assert(
		fc.property(rows, ([unique, repeated, display]) => {
			const names = display ? cdcVsrrState.headers[0]! : cdcVsrrState.headers[1]!;
			// the download shape keeps CDC's column order; the API shape is written in another
			const order = display ? [...names.keys()] : [...names.keys()].reverse();
			const all = [...unique, ...repeated];
			const text = Papa.unparse([
				order.map((i) => names[i]!),
				...all.map((r) => order.map((i) => line(r)[i]!))
			]);
			const r = outcome(() => readCsvText(text, 'v.csv', [cdcVsrrState], BAD_CTX));
			const kept = unique.filter(
				(u) => JURISDICTIONS.has(u.state) && INDICATORS.has(u.indicator.trim())
			);
			// every generated row is valid or a known kind of skip: an error is a bug
			if (typeof r === 'string') throw new Error(r);
			const result = r as ReturnType<typeof readCsvText>;
			const reported = result.series.filter((s) => !s.variant && s.geo !== 'NY');
			const points = reported.reduce((n, s) => n + s.points.length, 0);
			const skipped = result.skipped.reduce((n, s) => n + s.count, 0);
			expect(result.rowsRead).toBe(all.length);
			expect(points + skipped).toBe(all.length);
			expect(points).toBe(kept.length);
			for (const u of kept) {
				const geo = u.state === 'NY' ? 'NY-EXCL-NYC' : u.state;
				const measure = INDICATORS.get(u.indicator.trim())!.measure;
				const period = `${u.year}-${String(u.month).padStart(2, '0')}`;
				const p = reported
					.find((s) => s.geo === geo && s.measure === measure)
					?.points.find((q) => q.period === period);
				const percent = INDICATORS.get(u.indicator.trim())!.kind === 'percent';
				expect(p?.value).toBe(u.value === null ? null : percent ? u.value % 101 : u.value);
				if (u.value === null) expect(['suppressed', 'missing']).toContain(p?.status);
			}
		}),
		{ numRuns: 400 }
	);
});
