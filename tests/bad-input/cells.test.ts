/**
 * Hostile values in every cell of every adapter's good fixtures: words where
 * numbers belong, negative counts, month 13, years 1850 and 2099, unknown
 * codes, hex, infinities, formulas. Each one either stops the file with a
 * SourceError naming the file and that row, or is read without inventing
 * anything: no zero that was not in the file (unless the point says why), no
 * period after retrieval, no period that is not one, and every row counted.
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

const skipped = (r: FileResult) => r.skipped.reduce((n, s) => n + s.count, 0);
const seriesKeys = (r: FileResult) =>
	new Set(r.series.map((s) => `${s.measure}|${s.variant ?? ''}|${s.geo}`));
const moved = (r: FileResult, good: FileResult) => {
	const before = seriesKeys(good);
	return [...seriesKeys(r)].some((k) => !before.has(k));
};
const pointsOf = (r: FileResult) =>
	new Map(
		r.series.flatMap((s) =>
			s.points.map((p) => [`${s.measure}|${s.variant ?? ''}|${s.geo}|${p.period}`, p] as const)
		)
	);

/**
 * Zeros the good file did not have that come without a reason of their own:
 * a zero is explained only by a note the point did not carry before (CBP's
 * "no seizure listed this month", KFF's "adopted but not yet in effect").
 */
function silentZeros(r: FileResult, good: FileResult): string[] {
	const before = pointsOf(good);
	return [...pointsOf(r)]
		.filter(([k, p]) => {
			const was = before.get(k);
			return p.value === 0 && was?.value !== 0 && (!p.note || p.note === was?.note);
		})
		.map(([k]) => k);
}

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
				// A row left out (and counted), or moved to another series (a changed
				// place name), may leave a zero the adapter documents (CBP: "no seizure
				// listed this month"); otherwise no zero appears silently.
				if (skipped(r) === skipped(good) && !moved(r, good))
					expect(silentZeros(r, good), `${where}: a zero appeared`).toEqual([]);
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
