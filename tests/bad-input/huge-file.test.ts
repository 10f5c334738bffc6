/**
 * A file over 1 GB, written here and streamed through the pipeline's reader
 * (scripts/pipeline/read-csv.ts) in a child process: it is read to the end,
 * every row is accounted for, and memory stays flat while it streams — peak
 * RSS under 200 MB, and no growth between the first and the last quarter.
 *
 * The file is VSRR-shaped: a block of distinct rows, repeated. The first copy
 * becomes data; every later row is an exact duplicate, counted as such, so
 * the adapter's own output stays the same size and any growth is the reader's.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readCsvFile } from '../../scripts/pipeline/read-csv';
import { BAD_CTX, CSV_ADAPTERS } from './seeds';
import { MONTH_NAMES } from '../../src/lib/domain/period';
import { formatCount } from '../../src/lib/domain/format';
import { INDICATORS, JURISDICTIONS } from '../../src/lib/sources/cdc-vsrr-state/indicators';

const GB = 2 ** 30;
const work = mkdtempSync(join(tmpdir(), 'huge-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Distinct made-up rows in CDC's download format: every jurisdiction, indicator and month of 2020. */
function block(): { text: string; rows: number } {
	const lines: string[] = [];
	for (const state of JURISDICTIONS)
		for (const [indicator, { kind }] of INDICATORS)
			for (const [m, month] of MONTH_NAMES.entries()) {
				const n = ((state.charCodeAt(0) * 31 + state.charCodeAt(1)) * 12 + m) % 90;
				const value = kind === 'percent' ? `${n}.5` : `"${n},${String(m).padStart(3, '0')}"`;
				lines.push(
					`${state},2020,${month},12 month-ending,"${indicator}",${value},100,0.5,Somewhere,Numbers may differ from published reports using final data.,**,${value}`
				);
			}
	return { text: `${lines.join('\n')}\n`, rows: lines.length };
}

test('a file over 1 GB streams through the reader with flat memory', () => {
	const path = join(work, 'huge.csv');
	const { text, rows } = block();
	const chunk = Buffer.from(text);
	const fd = openSync(path, 'w');
	let bytes = writeSync(
		fd,
		'State,Year,Month,Period,Indicator,Data Value,Percent Complete,Percent Pending Investigation,State Name,Footnote,Footnote Symbol,Predicted Value\n'
	);
	let copies = 0;
	for (; bytes <= GB; copies++) bytes += writeSync(fd, chunk);
	closeSync(fd);

	const child = spawnSync(
		process.execPath,
		// as the data command runs: bundled, not under tsx (whose loader thread holds ~40 MB)
		['scripts/run.mjs', 'tests/bad-input/huge-file-child.ts', path],
		{ cwd: resolve(import.meta.dirname, '../..'), encoding: 'utf8', timeout: 900_000 }
	);
	expect(child.status, child.stderr).toBe(0);
	const r = JSON.parse(child.stdout);
	console.log(
		`1 GB test: ${(r.bytes / GB).toFixed(2)} GiB, ${formatCount(r.rowsRead)} rows ` +
			`in ${r.seconds.toFixed(0)} s; peak RSS ${r.peakRssMB.toFixed(0)} MB`
	);
	expect(r.bytes).toBe(bytes);
	expect(r.rowsRead).toBe(rows * copies);
	expect(r.skipped).toEqual([
		{
			reason: 'an exact duplicate of an earlier row',
			count: rows * (copies - 1),
			firstRow: rows + 2
		}
	]);
	expect(r.peakRssMB).toBeLessThan(200);
	const quarter = Math.floor(r.samples.length / 4);
	const early = Math.max(...r.samples.slice(quarter, 2 * quarter));
	const late = Math.max(...r.samples.slice(3 * quarter));
	expect(late - early, `RSS grew from ${early} MB to ${late} MB`).toBeLessThan(40);
}, 1_200_000);

test('a quote that never closes stops the read at its row, not at the end of memory', async () => {
	const path = join(work, 'runaway.csv');
	const { text } = block();
	const [header, first] = [
		'State,Year,Month,Period,Indicator,Data Value,Percent Complete,Percent Pending Investigation,State Name,Footnote,Footnote Symbol,Predicted Value',
		text.slice(0, text.indexOf('\n'))
	];
	// row 3 opens a quote that the next 40 MB never close
	const rest = text.replace(/"/g, '').repeat((40 * 2 ** 20) / text.length);
	writeFileSync(path, `${header}\n${first}\n"${rest}`);
	await expect(
		readCsvFile(path, {
			name: 'runaway.csv',
			adapters: CSV_ADAPTERS,
			ctx: BAD_CTX,
			progress: false
		})
	).rejects.toThrow(
		'runaway.csv, row 3: expected a row shorter than 4 MB, found a row that runs on without end.'
	);
});
