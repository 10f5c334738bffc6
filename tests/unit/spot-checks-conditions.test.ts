/**
 * One known value per condition dataset, read by the test from the official
 * file and found unchanged in the pipeline's output (static/data).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { populationFor, populationOf } from '../../src/lib/domain/rates';
import { officialRows } from '../support/official-row';
import { sharedFile } from '../support/shared-data';
import { manifest, outputSeries } from './output';

const m = manifest();
const point = (rel: string, measure: string, geo: string, period: string, variant?: string) =>
	outputSeries(rel)
		.find((s) => s.measure === measure && s.geo === geo && s.variant === variant)
		?.points.find((p) => p.period === period);

describe.skipIf(!m)('spot checks of the condition datasets', () => {
	test('census-population: Doña Ana County 2024 (Latin-1 file) and Ohio 2019', (ctx) => {
		const county = sharedFile('census-population/co-est2024-alldata.csv');
		const states = sharedFile('census-population/nst-est2019-alldata.csv');
		if (!county || !states) return ctx.skip('official files not here');
		const rows = Papa.parse<Record<string, string>>(readFileSync(county, 'latin1'), {
			header: true,
			skipEmptyLines: true
		}).data;
		const dona = rows.find((r) => r.CTYNAME === 'Doña Ana County')!;
		const rel = 'census-population/population.json';
		expect(point(rel, 'population', '35013', '2024')?.value).toBe(Number(dona.POPESTIMATE2024));
		const ohio = officialRows(states).find((r) => r.NAME === 'Ohio')!;
		expect(point(rel, 'population', 'OH', '2019')?.value).toBe(Number(ohio.get('POPESTIMATE2019')));
	});

	test('census-population feeds the rates: 2025 borrows the 2024 estimate and says so', () => {
		const oh = outputSeries('census-population/population.json').find((s) => s.geo === 'OH')!;
		const pop = populationOf(oh.points);
		expect(populationFor(pop, '2025-06')).toEqual({
			people: pop.get('2024'),
			note: 'No population estimate for 2025 yet; the 2024 estimate is used.'
		});
	});

	test('cdc-dispensing: naloxone, Vermont, 2023', (ctx) => {
		const path = sharedFile('root-causes/cdc-dispensing/State Naloxone Dispensing Rates.csv');
		if (!path) return ctx.skip('official file not here');
		const row = officialRows(path).find((r) => r.STATE_ABBREV === 'VT' && r.YEAR === '2023')!;
		expect(
			point('cdc-dispensing/dispensing.naloxone.json', 'dispensing.naloxone', 'VT', '2023')?.value
		).toBe(Number(row.get('naloxone_dispensing_rate')));
	});

	test('samhsa-nsduh: West Virginia, as a percentage', (ctx) => {
		const path = sharedFile('root-causes/samhsa-nsduh/nsduh_oud_22-23.csv');
		if (!path) return ctx.skip('official file not here');
		const row = officialRows(path).find((r) => r.state === 'West Virginia')!;
		const p = point(
			'samhsa-nsduh/prevalence.opioid-use-disorder.json',
			'prevalence.opioid-use-disorder',
			'WV',
			'2022-2023'
		)!;
		expect(p.value).toBeCloseTo(Number(row.get('estimate')) * 100, 10);
		expect(p.high).toBeCloseTo(Number(row.get('ci_upper')) * 100, 10);
	});

	test('acs-2023: Texas, share without health insurance', (ctx) => {
		const path = sharedFile('root-causes/acs-2023/acs2023_1yr_B27010_04000US29.csv');
		if (!path) return ctx.skip('official file not here');
		const tx = officialRows(path).find((r) => r.geoid === '04000US48')!;
		const none = ['B27010017', 'B27010033', 'B27010050', 'B27010066'].reduce(
			(n, c) => n + Number(tx.get(c)),
			0
		);
		expect(
			point('acs-2023/share.uninsured.json', 'share.uninsured', 'TX', '2023')?.value
		).toBeCloseTo((none / Number(tx.get('B27010001'))) * 100, 10);
	});

	test('kff-medicaid-expansion: South Dakota from 7/1/2023, half of 2023', (ctx) => {
		const path = sharedFile('root-causes/kff-medicaid-expansion/aca_exp_raw_data.csv');
		if (!path) return ctx.skip('official file not here');
		expect(readFileSync(path, 'utf8')).toContain('"South Dakota","Adopted","7/1/2023"');
		const p = point(
			'kff-medicaid-expansion/medicaid.expansion.json',
			'medicaid.expansion',
			'SD',
			'2023'
		)!;
		expect(p.value).toBeCloseTo(184 / 365, 12);
		expect(p.note).toContain('7/1/2023');
	});

	test('census-state-economic-derived: Alabama median household income, 2011', (ctx) => {
		const path = sharedFile('root-causes/derived/census_state_economic.csv');
		if (!path) return ctx.skip('derived file not here');
		const row = officialRows(path).find((r) => r.state_code === '1' && r.year === '2011')!;
		expect(
			point(
				'census-state-economic-derived/income.median-household.json',
				'income.median-household',
				'AL',
				'2011'
			)?.value
		).toBe(Number(row.get('median_household_income')));
	});

	test('canada-substance-harms: British Columbia, opioid deaths, crude rate 2023', (ctx) => {
		const path = sharedFile('canada-health-infobase/SubstanceHarmsData.csv');
		if (!path) return ctx.skip('official file not here');
		const row = officialRows(path).find(
			(r) =>
				r.Region === 'British Columbia' &&
				r.Substance === 'Opioids' &&
				r.Source === 'Deaths' &&
				r.Specific_Measure === 'Overall numbers' &&
				r.Unit === 'Crude rate' &&
				r.Year_Quarter === '2023'
		)!;
		expect(
			point(
				'canada-substance-harms/canada.deaths.opioids.json',
				'canada.deaths.opioids',
				'CA-BC',
				'2023',
				'crude-rate'
			)?.value
		).toBe(Number(row.get('Value')));
	});
});
