/**
 * Golden fixtures for an adapter: each `fixtures/<case>/input.csv` is read
 * through the adapter and compared with `expected.json` — the whole result, or
 * `{ "error": "…" }`, the message a bad file must stop with (naming file, row
 * and column). Inputs are written by hand with made-up values.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readCsvText } from '../../src/lib/sources/read-text';
import type { CsvAdapter } from '../../src/lib/sources/types';
import type { Series } from '../../src/lib/domain/series';
import { CTX } from './geography';

/** Reads one fixture's input as the pipeline would (UTF-8, header found by content). */
export function readFixture(dir: string, name: string, adapter: CsvAdapter) {
	const text = readFileSync(join(dir, name, 'input.csv'), 'utf8');
	return readCsvText(text, `${name}/input.csv`, [adapter], CTX);
}

export function goldenFixtures(dir: string, adapter: CsvAdapter): void {
	const cases = readdirSync(dir).filter((c) => existsSync(join(dir, c, 'expected.json')));
	test.each(cases)('golden fixture %s', (c) => {
		const expected = JSON.parse(readFileSync(join(dir, c, 'expected.json'), 'utf8'));
		const run = () => {
			const { adapter: _, ...result } = readFixture(dir, c, adapter);
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
