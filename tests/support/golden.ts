/**
 * Golden fixtures for an adapter: each folder under `fixtures/` holds an input
 * written by hand in the official format (`input.csv` or `input.json`) with
 * made-up values, and `expected.json` — the adapter's whole result, or
 * `{ "error": "…" }`, the message a bad file must stop with (naming file, row
 * and column). `"retrievedAt"` in expected.json sets the retrieval date the
 * reader checks periods against.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from 'vitest';
import type { Series } from '../../src/lib/domain/series';
import { readCsvText } from '../../src/lib/sources/read-text';
import type { CsvAdapter } from '../../src/lib/sources/types';
import { CTX } from './geography';

/**
 * Runs one input; `name` is how messages must name the file (`<case>/input.csv`);
 * `retrievedAt`, from expected.json, when the case is about the retrieval date.
 */
export type ReadFixture = (path: string, name: string, retrievedAt?: string) => object;

/** Reads one fixture's CSV as the pipeline would (header found by content). */
export function readFixture(dir: string, name: string, adapter: CsvAdapter) {
	const text = readFileSync(join(dir, name, 'input.csv'), 'utf8');
	return readCsvText(text, `${name}/input.csv`, [adapter], CTX);
}

/** One test per fixture folder; pass a CSV adapter, or a reader for other inputs. */
export function goldenFixtures(dir: string, reader: CsvAdapter | ReadFixture): void {
	const read: ReadFixture =
		typeof reader === 'function'
			? reader
			: (path, name, retrievedAt) =>
					readCsvText(readFileSync(path, 'utf8'), name, [reader], { ...CTX, retrievedAt });
	const cases = readdirSync(dir).filter((c) => existsSync(join(dir, c, 'expected.json')));
	test.each(cases)('golden fixture %s', (c) => {
		const expected = JSON.parse(readFileSync(join(dir, c, 'expected.json'), 'utf8'));
		const input = ['input.csv', 'input.json'].map((f) => join(dir, c, f)).find(existsSync);
		if (!input) throw new Error(`fixture ${c} has no input.csv or input.json`);
		const run = () => {
			const { adapter: _, ...result } = read(
				input,
				`${c}/${basename(input)}`,
				expected.retrievedAt
			) as {
				adapter?: unknown;
			};
			return JSON.parse(JSON.stringify(result));
		};
		if (expected.error) expect(run).toThrow(expected.error);
		else expect(run()).toEqual(expected);
	});
}

/** The number of points across series, for "every row became points or a counted skip". */
export function pointCount(series: readonly Series[]): number {
	return series.reduce((n, s) => n + s.points.length, 0);
}

export function skipCount(result: { skipped: readonly { count: number }[] }): number {
	return result.skipped.reduce((n, s) => n + s.count, 0);
}

export function findSeries(
	series: readonly Series[],
	measure: string,
	geo: string,
	variant?: string
): Series | undefined {
	return series.find((s) => s.measure === measure && s.geo === geo && s.variant === variant);
}

export function pointAt(
	series: readonly Series[],
	measure: string,
	geo: string,
	period: string,
	variant?: string
) {
	return findSeries(series, measure, geo, variant)?.points.find((p) => p.period === period);
}
