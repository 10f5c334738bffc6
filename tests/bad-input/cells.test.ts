/**
 * Hostile values in every cell of every adapter's good fixtures: words where
 * numbers belong, negative counts, month 13, years 1850 and 2099, unknown
 * codes, hex, infinities, formulas. Each one either stops the file with a
 * SourceError naming the file and that row, or is read without inventing
 * anything: no zero that was not in the file, no period after retrieval, no
 * period that is not one, and every row still counted.
 */
import { describe, expect, test } from 'vitest';
import { periodStart } from '../../src/lib/domain/period';
import { readCsvText } from '../../src/lib/sources/read-text';
import { SourceError, type FileResult } from '../../src/lib/sources/types';
import { BAD_CTX, CSV_ADAPTERS, RETRIEVED_AT, rebuild, seeds, unparse } from './seeds';

const HOSTILE = [
	'abc',
	'-5',
	'13',
	'1850',
	'2099',
	'ZZ',
	'N/A',
	'*',
	'<10',
	'12abc',
	'1e309',
	'0x1F',
	'Infinity',
	'NaN',
	'１２',
	'=1+1',
	'<script>alert(1)</script>',
	'\u0000'
];

const zeros = (r: FileResult) =>
	r.series.reduce((n, s) => n + s.points.filter((p) => p.value === 0).length, 0);

describe.each(CSV_ADAPTERS.map((a) => [a.id, a] as const))('%s', (_, adapter) => {
	for (const seed of seeds(adapter)) {
		const good = readCsvText(unparse(rebuild(seed, seed.data)), seed.name, CSV_ADAPTERS, BAD_CTX);
		const cells = seed.data.flatMap((row, i) => row.map((_, j) => [i, j] as const));

		test.for(HOSTILE)(`${seed.name}: %j in every cell`, (value) => {
			for (const [i, j] of cells) {
				const data = seed.data.map((r, k) =>
					k === i ? r.map((c, m) => (m === j ? value : c)) : r
				);
				const where = `row ${seed.pre.length + 2 + i}, column "${seed.header[j]}"`;
				let r: FileResult;
				try {
					r = readCsvText(unparse(rebuild(seed, data)), seed.name, CSV_ADAPTERS, BAD_CTX);
				} catch (e) {
					expect(e, `${where}: ${e}`).toBeInstanceOf(SourceError);
					// the changed row, or a later one it conflicts with, or the file as a whole
					const m = /^(.*?)(?:, row (\d+))?[,:]/.exec((e as Error).message);
					expect(m?.[1], where).toBe(seed.name);
					if (m?.[2]) expect(Number(m[2]), where).toBeGreaterThanOrEqual(seed.pre.length + 2 + i);
					continue;
				}
				expect(r.rowsRead, where).toBe(good.rowsRead);
				expect(zeros(r), `${where}: a zero appeared`).toBeLessThanOrEqual(zeros(good));
				for (const s of r.series)
					for (const p of s.points) {
						const start = periodStart(p.period);
						expect(start, `${where}: period ${p.period}`).not.toBeNull();
						expect(start! <= RETRIEVED_AT, `${where}: period ${p.period}`).toBe(true);
						if (p.value !== null) expect(Number.isFinite(p.value), where).toBe(true);
					}
			}
		});
	}
});
