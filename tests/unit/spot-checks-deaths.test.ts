/**
 * Known values of the WONDER, NCHS, DOSE and derived county datasets, read by
 * the test from the files in ../shared/data and found unchanged in the
 * pipeline's output (static/data).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { officialRows, type OfficialRow } from '../support/official-row';
import { sharedFile } from '../support/shared-data';
import { manifest, outputSeries } from './output';

const m = manifest();
const point = (dataset: string, measure: string, geo: string, period: string) =>
	outputSeries(`${dataset}/${measure}.json`)
		.find((s) => s.measure === measure && s.geo === geo)
		?.points.find((p) => p.period === period);

function official(rel: string, where: (r: OfficialRow) => boolean): OfficialRow | null {
	const path = sharedFile(rel);
	if (!path) return null;
	const row = officialRows(path).find(where);
	if (!row) throw new Error(`${rel} has no such row`);
	return row;
}

const WONDER = 'cdc-wonder/Multiple_Cause_of_Death_';
const MONTHLY = 'deaths.synthetic-opioids.calendar-month';

describe.skipIf(!m)('spot checks: overdose deaths and nonfatal overdoses', () => {
	test('cdc-wonder-final: Ohio, a month only the 1999–2020 database has, and one both have', (ctx) => {
		const old = official(
			`${WONDER}1999_2020_MANUAL_DOWNLOAD.csv`,
			(r) => r.State === 'Ohio' && r['Month Code'] === '2010/01'
		);
		const both = official(
			`${WONDER}2018_2023_Single_Race_MANUAL_DOWNLOAD.csv`,
			(r) => r.State === 'Ohio' && r['Month Code'] === '2019/06'
		);
		if (!old || !both) return ctx.skip('official files not here');
		expect(point('cdc-wonder-final', MONTHLY, 'OH', '2010-01')?.value).toBe(
			Number(old.get('Deaths'))
		);
		expect(point('cdc-wonder-final', MONTHLY, 'OH', '2019-06')?.value).toBe(
			Number(both.get('Deaths'))
		);
	});

	test('cdc-wonder-provisional: Ohio, March 2025, provisional and marked incomplete', (ctx) => {
		const row = official(
			'cdc-wonder/Provisional_Mortality_Statistics_2018_through_Last_Week_MANUAL_DOWNLOAD.csv',
			(r) => r['Residence State'] === 'Ohio' && r['Month Code'] === '2025/03'
		);
		if (!row) return ctx.skip('official file not here');
		expect(point('cdc-wonder-provisional', MONTHLY, 'OH', '2025-03')).toMatchObject({
			value: Number(row.get('Deaths')),
			status: 'provisional',
			incomplete: true
		});
	});

	test('cdc-nchs-final: the United States, 2015, deaths and age-adjusted rate', (ctx) => {
		const row = official(
			'cdc-nchs-final/NCHS_Drug_Poisoning_Mortality_by_State_United_States.csv',
			(r) =>
				r.State === 'United States' &&
				r.Year === '2015' &&
				r.Sex === 'Both Sexes' &&
				r.Age === 'All Ages' &&
				r['Race and Hispanic Origin'] === 'All Races-All Origins'
		);
		if (!row) return ctx.skip('official file not here');
		expect(point('cdc-nchs-final', 'deaths.all-drugs', 'US', '2015')?.value).toBe(
			Number(row.get('Deaths'))
		);
		expect(point('cdc-nchs-final', 'rate.deaths.all-drugs.age-adjusted', 'US', '2015')?.value).toBe(
			Number(row.get('Age-adjusted Rate'))
		);
	});

	test('cdc-dose-sys: Ohio, fentanyl, June 2025, in the month', (ctx) => {
		const row = official(
			'cdc-dose/DOSE_SyS_Dashboard_Download_8-25-2025/Jurisdiction-Table 1.csv',
			(r) =>
				r.jurisdiction === 'OH' && r.year === '2025' && r.month === '6' && r.rate_time === 'Monthly'
		);
		if (!row) return ctx.skip('official file not here');
		const cell = row.get('fentanyl_rate');
		const p = point('cdc-dose-sys', 'share.ed-visits.fentanyl.calendar-month', 'OH', '2025-06');
		expect(p?.value).toBe(/^[\d.]+$/.test(cell) ? Number(cell) : null);
	});

	test('cdc-dose-dx: Wood County, Wisconsin, ED visits in 2023', (ctx) => {
		const row = official(
			'cdc-dose/DOSE_dx_Dashboard_011325/County Counts & Rates-Table 1.csv',
			(r) => r.fips === '55141' && r.year === '2023'
		);
		if (!row) return ctx.skip('official file not here');
		expect(point('cdc-dose-dx', 'ed-visits.all-drugs', '55141', '2023')?.value).toBe(
			Number(row.get('count_alldrug'))
		);
	});

	test('cdc-vsrr-county-derived: Baldwin County, Alabama, rate per 100,000', (ctx) => {
		const path = sharedFile('cdc-vsrr-county/derived/od_counties.json');
		if (!path) return ctx.skip('derived file not here');
		const county = JSON.parse(readFileSync(path, 'utf8'))['01003'];
		expect(
			point('cdc-vsrr-county-derived', 'rate.deaths.all-drugs.crude', '01003', '2024-12')?.value
		).toBe(county.mort_100k);
	});
});
