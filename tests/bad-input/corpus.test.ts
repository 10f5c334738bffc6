/**
 * Every case of the bad-input corpus, for every adapter's good fixtures, read
 * the two ways a file is read: streamed from disk by the pipeline's reader and
 * whole in memory as the browser reads a user's file. Both must agree, and
 * the outcome must be the one the case documents: read as the good file, a
 * SourceError naming the file and row, or a counted rejection — never a
 * crash, never a silent change of a number.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readCsvFile } from '../../scripts/pipeline/read-csv';
import { decodeBytes } from '../../src/lib/sources/csv-text';
import { readCsvText } from '../../src/lib/sources/read-text';
import { SourceError, type FileResult } from '../../src/lib/sources/types';
import { CASES, type Outcome } from './corpus';
import { BAD_CTX, CSV_ADAPTERS, seeds, type Seed } from './seeds';

const work = mkdtempSync(join(tmpdir(), 'bad-input-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Read = { result: Omit<FileResult, never> } | { error: unknown };

const strip = ({ series, rowsRead, skipped, release }: FileResult) => ({
	series,
	rowsRead,
	skipped,
	release
});

async function streamed(bytes: Buffer, name: string): Promise<Read> {
	const path = join(work, name.replace(/[^\w.-]+/g, '_'));
	writeFileSync(path, bytes);
	try {
		const r = await readCsvFile(path, {
			name,
			adapters: CSV_ADAPTERS,
			ctx: BAD_CTX,
			progress: false
		});
		return { result: strip(r) };
	} catch (error) {
		return { error };
	}
}

function inMemory(bytes: Buffer, name: string): Read {
	try {
		return { result: strip(readCsvText(decodeBytes(bytes).text, name, CSV_ADAPTERS, BAD_CTX)) };
	} catch (error) {
		return { error };
	}
}

const skippedRows = (r: FileResult) => r.skipped.reduce((n, s) => n + s.count, 0);
const pointsOf = (r: FileResult) =>
	new Map(
		r.series.flatMap((s) =>
			s.points.map((p) => [`${s.measure}|${s.variant ?? ''}|${s.geo}|${p.period}`, p] as const)
		)
	);

function check(read: Read, outcome: Outcome, good: FileResult, name: string) {
	if ('error' in read) {
		const e = read.error;
		expect(e, String(e)).toBeInstanceOf(SourceError);
		const message = (e as SourceError).message;
		expect(message.startsWith(`${name}`), message).toBe(true);
		if (outcome.kind === 'error' || outcome.kind === 'no-overwrite') {
			if (outcome.row !== undefined) expect(message).toContain(`, row ${outcome.row}`);
			if (outcome.kind === 'error' && outcome.says) expect(message).toMatch(outcome.says);
			return;
		}
		expect.fail(`expected ${outcome.kind}, got: ${message}`);
	}
	const r = read.result;
	if (outcome.kind === 'error')
		expect.fail(`expected an error, got a result of ${r.rowsRead} rows`);
	if (outcome.kind === 'same') return expect(r).toEqual(good);
	const rowless = (x: FileResult) => ({
		...x,
		skipped: x.skipped.map(({ reason, count }) => ({ reason, count }))
	});
	if (outcome.kind === 'same-data') return expect(rowless(r)).toEqual(rowless(good));
	expect(r.rowsRead).toBe(good.rowsRead + 1);
	if (outcome.kind === 'counted') {
		expect(r.series).toEqual(good.series);
		expect(skippedRows(r)).toBe(skippedRows(good) + 1);
		return;
	}
	// no-overwrite: every earlier value kept, and the row added data or was counted
	const before = pointsOf(good);
	const after = pointsOf(r);
	for (const [k, p] of before) expect(after.get(k), k).toEqual(p);
	expect(after.size > before.size || skippedRows(r) > skippedRows(good)).toBe(true);
}

describe.each(CSV_ADAPTERS.map((a) => [a.id, a] as const))('%s', (_, adapter) => {
	const list = seeds(adapter);

	test('has a golden fixture that reads cleanly, for the corpus to start from', () => {
		expect(list.length).toBeGreaterThan(0);
	});

	// a case that does not apply to a file (make returns null) is left out, not skipped
	const runs = list.flatMap((seed) =>
		CASES.flatMap((c) => {
			const bytes = c.make(seed);
			return bytes ? [[`${seed.name}: ${c.name}`, seed, c, bytes] as const] : [];
		})
	);
	test.for(runs)('%s', async ([label, seed, c, bytes]) => {
		const good = strip(readCsvText(decodeBytes(seed.bytes).text, seed.name, CSV_ADAPTERS, BAD_CTX));
		const name = `${label}.csv`;
		const [stream, memory] = [await streamed(bytes, name), inMemory(bytes, name)];
		check(stream, c.outcome(seed as Seed), good, name);
		check(memory, c.outcome(seed as Seed), good, name);
		// the pipeline and the browser read a file alike
		if ('error' in stream && 'error' in memory)
			expect(String(memory.error)).toBe(String(stream.error));
		else expect(memory).toEqual(stream);
	});
});
