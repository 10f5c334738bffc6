import { describe, expect, test } from 'vitest';
import { CTX } from '../../../tests/support/geography';
import { profileOf, record, series } from '../../../tests/support/profile';
import { placesOf } from '../domain/profile';
import { glanceTable, ordinal, type GlanceSpec } from './glance-table';

const ENC = ['IL', 'IN', 'MI', 'OH', 'WI'];
const months = (base: number) => Array.from({ length: 13 }, (_, i) => base + i * 10);
const deaths = {
	record: record('vsrr', 'CDC'),
	series: [
		...ENC.map((c) => series('vsrr', 'deaths.all-drugs', c, '2023-06', months(100))),
		series('vsrr', 'deaths.all-drugs', 'US', '2023-06', months(10_000)),
		series('vsrr', 'deaths.heroin', 'US', '2023-06', months(50))
	]
};
const population = {
	record: record('census-population'),
	series: [...ENC, 'US'].map((c) =>
		series('census-population', 'population', c, '2023', c === 'US' ? [1e8, 1e8] : [1e6, 1e6])
	)
};
const poverty = {
	record: record('acs', 'Census'),
	series: ['OH', 'IN', 'MI', 'KY'].map((c, i) =>
		series('acs', 'share.poverty', c, '2023', [
			{ value: 10 + i, status: 'final', low: 9 + i, high: 11 + i }
		])
	)
};
const medicaid = {
	record: record('kff-medicaid-expansion', 'KFF'),
	series: ENC.flatMap((c) => [
		series('kff-medicaid-expansion', 'medicaid.expansion-adopted', c, '2025-08', [
			c === 'WI' ? 0 : 1
		]),
		series('kff-medicaid-expansion', 'medicaid.expansion', c, '2013', [0, c === 'WI' ? 0 : 1])
	])
};
const oh = profileOf('OH', [deaths, population, poverty, medicaid]);
const places = placesOf(CTX.geography, oh);
const spec = (measure: string, show?: GlanceSpec['show'], dataset = 'vsrr'): GlanceSpec => ({
	dataset,
	measure,
	label: measure,
	show
});
const rows = (specs: (GlanceSpec | 'medicaid')[]) =>
	Object.fromEntries(glanceTable(oh, places, specs).rows.map((r) => [r.cells[0], r.cells]));

describe('at a glance', () => {
	test('columns: the measure, its period, the three places, notes and source', () => {
		expect(glanceTable(oh, places, []).columns.map((c) => c.label)).toEqual([
			'Measure',
			'Period',
			'Ohio',
			'East North Central division',
			'United States',
			'Notes',
			'Source'
		]);
	});

	test('each place’s value for the state’s latest period, its change and its crude rate', () => {
		const r = rows([
			spec('deaths.all-drugs'),
			{ ...spec('deaths.all-drugs', 'change'), label: 'change' },
			{ ...spec('deaths.all-drugs', 'crude-rate'), label: 'rate' }
		]);
		expect(r['deaths.all-drugs']!.slice(1, 5)).toEqual(['June 2024', 220, 1100, 10_120]);
		// 220 against 100 twelve months earlier
		expect(r.change!.slice(2, 5)).toEqual([120, 120, 1.2]);
		expect(r.rate!.slice(2, 5)).toEqual([22, 22, 10.1]);
		expect(r.rate![6]).toBe('CDC');
	});

	test('a measure the state has no value for takes the US period and says so', () => {
		const r = rows([spec('deaths.heroin')]);
		expect(r['deaths.heroin']!.slice(1, 5)).toEqual(['June 2024', null, null, 170]);
		expect(r['deaths.heroin']![5]).toBe('No value for Ohio in the files read here.');
	});

	test('a survey share: no division or US value, but the state’s range and rank', () => {
		const r = rows([spec('share.poverty', undefined, 'acs')]);
		expect(r['share.poverty']!.slice(2, 5)).toEqual([10, null, null]);
		expect(r['share.poverty']![5]).toBe(
			'Range 9–11. 4th highest of 4 states and DC (middle value 11.5).'
		);
	});

	test('Medicaid expansion: the state’s status and the number of states that adopted it', () => {
		const r = rows(['medicaid']);
		const row = r['Medicaid expansion (Affordable Care Act)']!;
		expect(row.slice(1, 5)).toEqual(['as of August 2025', 'Yes, since 2014', '4 of 5', '4 of 51']);
		expect(row[5]).toMatch(/^In effect since January 1, 2014\./);
	});
});

test.each([
	[1, '1st'],
	[2, '2nd'],
	[3, '3rd'],
	[4, '4th'],
	[11, '11th'],
	[12, '12th'],
	[13, '13th'],
	[21, '21st'],
	[51, '51st']
])('ordinal %i is %s', (n, expected) => {
	expect(ordinal(n)).toBe(expected);
});
