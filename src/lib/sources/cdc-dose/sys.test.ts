import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CTX } from '../../../../tests/support/geography';
import { officialRows } from '../../../../tests/support/official-row';
import { sharedFile } from '../../../../tests/support/shared-data';
import { measure } from '../../domain/measures';
import type { Point } from '../../domain/series';
import { readCsvText } from '../read-text';
import { DRUGS, SYS_RATES } from './drugs';
import { SYS_MARKERS } from './markers';
import { cdcDoseSys } from './sys';

const DIR = 'cdc-dose/DOSE_SyS_Dashboard_Download_8-25-2025';
const read = (path: string) => readCsvText(readFileSync(path, 'utf8'), path, [cdcDoseSys], CTX);
const measureOf = (drug: string, time: string) =>
	`share.ed-visits.${drug}${time === 'Monthly' ? '.calendar-month' : ''}`;

/** Point lookup by measure, geo and period. */
function index(series: { measure: string; geo: string; points: Point[] }[]) {
	const at = new Map<string, Point>();
	for (const s of series) for (const p of s.points) at.set(`${s.measure}|${s.geo}|${p.period}`, p);
	return at;
}

describe('the official DOSE-SYS sheets in ../shared/data', () => {
	test('Jurisdiction: every rate is shown unchanged and every marker keeps its meaning', (ctx) => {
		const path = sharedFile(`${DIR}/Jurisdiction-Table 1.csv`);
		if (!path) return ctx.skip(`${DIR} is not here`);
		const rows = officialRows(path);
		const r = read(path);
		expect([rows.length, r.rowsRead, r.skipped, r.release]).toEqual([7956, 7956, [], '2025-06']);
		expect(r.series).toHaveLength(51 * 16);
		expect(r.series.every((s) => measure(s.measure))).toBe(true);
		const at = index(r.series);
		expect(at.size).toBe(7956 * 8);
		const byStatus: Record<string, number> = {};
		for (const row of rows) {
			const period = `${row.get('year')}-${row.get('month').padStart(2, '0')}`;
			for (const [i, [drug]] of DRUGS.entries()) {
				const cell = row.get(SYS_RATES[i]!);
				const p = at.get(
					`${measureOf(drug, row.get('rate_time'))}|${row.get('jurisdiction')}|${period}`
				)!;
				byStatus[p.status] = (byStatus[p.status] ?? 0) + 1;
				if (SYS_MARKERS[cell]) expect(p.value).toBeNull();
				else expect(p).toEqual({ period, value: Number(cell), status: 'provisional' });
				if (cell === '§' || cell === '¶') expect(p.status).toBe('missing');
			}
		}
		// 17,310 "*" cells: 9,108 small-count suppressions and 8,202 in windows touching March–August 2020,
		// which join the 10,338 "§" and 1,248 "¶" cells as not available
		expect(byStatus).toEqual({ provisional: 34752, suppressed: 9108, missing: 19788 });
	});

	test('Jurisdiction: March–August 2020 read as excluded, not as a small count', (ctx) => {
		const path = sharedFile(`${DIR}/Jurisdiction-Table 1.csv`);
		if (!path) return ctx.skip(`${DIR} is not here`);
		const oh = read(path).series.find(
			(s) => s.measure === 'share.ed-visits.all-drugs.calendar-month' && s.geo === 'OH'
		)!;
		const june2020 = oh.points.find((p) => p.period === '2020-06')!;
		expect(june2020).toMatchObject({ value: null, status: 'missing' });
		expect(june2020.note).toContain('March–August 2020');
	});

	test('Overall: the US rows (Total, Total) become the US, with how many states take part', (ctx) => {
		const path = sharedFile(`${DIR}/Overall-Table 1.csv`);
		if (!path) return ctx.skip(`${DIR} is not here`);
		const rows = officialRows(path);
		const totals = rows.filter(
			(row) => row.get('sex') === 'Total' && row.get('age_range') === 'Total'
		);
		const r = read(path);
		expect([rows.length, r.rowsRead, totals.length]).toEqual([3480, 3480, 145]);
		expect(r.skipped).toEqual([
			{
				reason: 'a breakdown of the US rate by sex or age group (the dashboard keeps totals)',
				count: 3480 - 145,
				firstRow: 3
			}
		]);
		const last = totals.find(
			(row) =>
				row.get('year') === '2025' && row.get('month') === '6' && row.get('rate_time') === 'Annual'
		)!;
		const p = r.series
			.find((s) => s.measure === 'share.ed-visits.fentanyl' && s.geo === 'US')!
			.points.at(-1)!;
		expect(p).toMatchObject({ period: '2025-06', value: Number(last.get('fentanyl_rate')) });
		expect(p.note).toContain(`The rate of the ${last.get('jurisdiction_count')} jurisdictions`);
		expect(r.series.reduce((n, s) => n + s.points.length, 0)).toBe(145 * 8);
	});
});
