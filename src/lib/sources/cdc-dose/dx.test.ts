import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { discover } from '../../../../scripts/pipeline/discover';
import { CTX } from '../../../../tests/support/geography';
import { officialRows } from '../../../../tests/support/official-row';
import { sharedFile } from '../../../../tests/support/shared-data';
import { measure } from '../../domain/measures';
import { readCsvText } from '../read-text';
import { ADAPTERS } from '../registry';
import { DRUGS, DX_COUNTS, DX_RATES } from './drugs';
import { cdcDoseDx } from './dx';

const DIR = 'cdc-dose/DOSE_dx_Dashboard_011325';
const read = (path: string) => readCsvText(readFileSync(path, 'utf8'), path, [cdcDoseDx], CTX);
const KIND = { ED: 'ed-visits', HOSP: 'hospitalizations' } as const;

describe('the official DOSE discharge sheets in ../shared/data', () => {
	test('Jurisdiction Counts & Rates: every count and rate in CDC’s sheet is shown unchanged', (ctx) => {
		const path = sharedFile(`${DIR}/Jurisdiction Counts & Rates-Table 1.csv`);
		if (!path) return ctx.skip(`${DIR} is not here`);
		const rows = officialRows(path);
		const r = read(path);
		expect([rows.length, r.rowsRead, r.skipped, r.release]).toEqual([5018, 5018, [], '2023-12']);
		expect(r.series.every((s) => measure(s.measure))).toBe(true);
		const at = new Map(
			r.series.flatMap((s) => s.points.map((p) => [`${s.measure}|${s.geo}|${p.period}`, p]))
		);
		expect(at.size).toBe(5018 * 16);
		for (const row of rows) {
			const annual = row.get('month') === 'all';
			const period = annual
				? row.get('year')
				: `${row.get('year')}-${row.get('month').padStart(2, '0')}`;
			const kind = KIND[row.get('dataset') as keyof typeof KIND];
			for (const [i, [drug]] of DRUGS.entries())
				for (const [column, prefix] of [
					[DX_COUNTS[i]!, ''],
					[DX_RATES[i]!, 'rate.']
				] as const) {
					const m = `${prefix}${kind}.${drug}${annual ? '' : '.calendar-month'}`;
					const p = at.get(`${m}|${row.get('jurisdiction')}|${period}`)!;
					const cell = row.get(column);
					expect(p.value, `${m} ${period}`).toBe(/^[\d.]+$/.test(cell) ? Number(cell) : null);
					if (cell === 'suppressed') expect(p.status).toBe('suppressed');
					if (cell === 'NA') expect(p.status).toBe('missing');
				}
		}
	});

	test('each US figure says how many jurisdictions it covers, as CDC’s submissions sheet does', (ctx) => {
		const path = sharedFile(`${DIR}/Jurisdiction Counts & Rates-Table 1.csv`);
		const subs = sharedFile(`${DIR}/US Jurisdiction Submissions-Table 1.csv`);
		if (!path || !subs) return ctx.skip(`${DIR} is not here`);
		const r = read(path);
		const submissions = officialRows(subs);
		expect(submissions).toHaveLength(156);
		for (const row of submissions) {
			const annual = row.get('month') === 'all';
			const period = annual
				? row.get('year')
				: `${row.get('year')}-${row.get('month').padStart(2, '0')}`;
			const kind = KIND[row.get('dataset') as keyof typeof KIND];
			const m = `${kind}.all-drugs${annual ? '' : '.calendar-month'}`;
			const p = r.series
				.find((s) => s.measure === m && s.geo === 'US')!
				.points.find((x) => x.period === period)!;
			expect(p.note).toContain(`the ${row.get('jurisdiction_count')} jurisdictions`);
		}
	});

	test('County Counts & Rates: five-digit county geos, one- and five-year figures', (ctx) => {
		const path = sharedFile(`${DIR}/County Counts & Rates-Table 1.csv`);
		if (!path) return ctx.skip(`${DIR} is not here`);
		const rows = officialRows(path);
		const r = read(path);
		expect([rows.length, r.rowsRead, r.skipped, r.release]).toEqual([14196, 14196, [], '2023']);
		expect(r.series.every((s) => /^\d{5}$/.test(s.geo) && measure(s.measure))).toBe(true);
		expect(r.series.reduce((n, s) => n + s.points.length, 0)).toBe(14196 * 2);
		const five = rows.find(
			(row) => row.get('type') === '5 year' && /^\d+$/.test(row.get('count_alldrug'))
		)!;
		const find = (m: string) =>
			r.series.find((s) => s.measure === m && s.geo === five.get('fips'))!.points[0]!;
		expect(find('ed-visits.all-drugs.5-year')).toEqual({
			period: '2019-2023',
			value: Number(five.get('count_alldrug')),
			status: 'final'
		});
		expect(find('rate.ed-visits.all-drugs.5-year').value).toBe(Number(five.get('rate_alldrug')));
	});

	test('Overall by Sex & Age: all 1,560 breakdown rows are counted out', (ctx) => {
		const path = sharedFile(`${DIR}/Overall by Sex & Age-Table 1.csv`);
		if (!path) return ctx.skip(`${DIR} is not here`);
		const r = read(path);
		expect([r.rowsRead, r.series, r.release]).toEqual([1560, [], '2023-12']);
		expect(r.skipped).toEqual([
			{
				reason: 'a breakdown of the US total by sex and age group (the dashboard keeps totals)',
				count: 1560,
				firstRow: 2
			}
		]);
	});

	test('the data command uses the data sheets and passes over the dictionaries', async (ctx) => {
		const root = sharedFile('cdc-dose');
		if (!root) return ctx.skip('cdc-dose is not here');
		const { found, passedOver } = await discover(root, ADAPTERS);
		expect(found.map((f) => [f.shown.split('/')[1], f.adapter.id]).sort()).toEqual([
			['County Counts & Rates-Table 1.csv', 'cdc-dose-dx'],
			['Jurisdiction Counts & Rates-Table 1.csv', 'cdc-dose-dx'],
			['Jurisdiction-Table 1.csv', 'cdc-dose-sys'],
			['Overall by Sex & Age-Table 1.csv', 'cdc-dose-dx'],
			['Overall-Table 1.csv', 'cdc-dose-sys']
		]);
		expect(passedOver.map((p) => p.shown.split('/')[1]).sort()).toEqual([
			'Data Dictionary-Table 1.csv',
			'Data Dictionary-Table 1.csv',
			'US Jurisdiction Submissions-Table 1.csv'
		]);
	});
});
