import { expect, test } from 'vitest';
import { CTX } from '../../../tests/support/geography';
import type { Point } from '../domain/series';
import { snapshot } from '../domain/snapshot';
import {
	UNITS,
	fillOf,
	fipsMapData,
	kindOf,
	legendEntries,
	mapScale,
	stateMapData,
	valueText,
	type MapDatum
} from './map-data';
import { mapSummary } from './map-summary';

const p = (value: number | null, status: Point['status'], extra: Partial<Point> = {}): Point => ({
	period: '2025-04',
	value,
	status,
	...extra
});

test.each([
	['a count', p(1330, 'provisional'), 'value', '1,330 deaths'],
	['zero is a value, never a gap', p(0, 'final'), 'zero', '0 deaths'],
	[
		'suppressed, with its range',
		p(null, 'suppressed', { low: 0, high: 9 }),
		'suppressed',
		'suppressed (between 0 and 9)'
	],
	[
		'not published, with the reason',
		p(null, 'missing', { note: 'Data not shown due to low data quality.' }),
		'not-shown',
		'not published (low data quality)'
	],
	['no row at all', undefined, 'no-data', 'no data']
])('%s', (_, point, kind, text) => {
	expect(kindOf(point)).toBe(kind);
	expect(valueText(point, UNITS.count)).toBe(text);
});

const series = (
	geo: string,
	before: number | null,
	now: number | null,
	status: Point['status'] = 'provisional'
) => ({
	geo,
	name: CTX.geography.byCode.get(geo)!.name,
	points: [
		{ period: '2024-04', value: before, status: 'provisional' as const },
		{ period: '2025-04', value: now, status: now === null ? status : 'provisional' }
	]
});

test('states join on FIPS codes; New York City is not a map shape (NY is the whole state)', () => {
	const data = stateMapData(
		snapshot(
			[series('OH', 4200, 2830), series('NY', 6087, 3814), series('YC', 2959, 1926)],
			'2025-04'
		),
		'count',
		CTX.geography
	);
	expect(data.map((d) => [d.id, d.code, d.value])).toEqual([
		['39', 'OH', 2830],
		['36', 'NY', 3814]
	]);
});

test('rates map the crude rate per 100,000, with one decimal', () => {
	const [oh] = stateMapData(
		snapshot(
			[
				{
					...series('OH', 4200, 2830),
					population: [{ period: '2024', value: 11_883_304, status: 'final' }]
				}
			],
			'2025-04'
		),
		'rate',
		CTX.geography
	);
	expect(oh!.text).toBe('23.8 deaths per 100,000 people');
});

const datum = (id: string, kind: MapDatum['kind'], value: number | null): MapDatum => ({
	id,
	code: id,
	name: `Place ${id}`,
	kind,
	value,
	text: ''
});
const data = [
	datum('01', 'value', 50),
	datum('02', 'value', 500),
	datum('04', 'value', 5000),
	datum('05', 'zero', 0),
	datum('06', 'suppressed', null),
	datum('08', 'not-shown', null),
	datum('09', 'no-data', null)
];

test('each kind has its own fill: classes by colour, the rest by pattern', () => {
	const scale = mapScale(data, UNITS.count);
	const fills = data.map((d) => fillOf(d, scale, 'm'));
	expect(new Set(fills).size).toBe(fills.length);
	expect(fills.slice(4)).toEqual(['url(#m-suppressed)', 'url(#m-not-shown)', 'url(#m-no-data)']);
	expect(fills[3]).toBe('#ffffff');
	expect(fillOf(undefined, scale, 'm')).toBe('url(#m-no-data)');
});

test('the legend lists the classes with units, then zero, suppressed, not published and no data, with counts', () => {
	const entries = legendEntries(data, mapScale(data, UNITS.count), 'm', 8);
	expect(entries.map((e) => [e.label, e.count])).toEqual([
		['Under 350 deaths', 1],
		['350 to under 2,000 deaths', 1],
		['2,000 deaths or more', 1],
		['Zero', 1],
		['Suppressed: too few to publish', 1],
		['Not published (e.g. data quality too low)', 1],
		['No data', 2]
	]);
});

test('the map summary names the highest and lowest and every place without a figure', () => {
	expect(
		mapSummary({ data, per: 'count', unit: UNITS.count, period: '2025-04', place: 'state' })
	).toBe(
		'In the 12 months ending April 2025, Place 04 had the most deaths (5,000 deaths) and Place 05 the fewest (0). ' +
			'There is no published figure for 3 states: Place 06, Place 08 and Place 09.'
	);
	expect(
		mapSummary({
			data: [datum('01', 'value', 12.5), datum('02', 'value', 40.25)],
			per: 'rate',
			unit: UNITS.rate,
			period: '2026-01',
			place: 'state'
		})
	).toBe(
		'In the 12 months ending January 2026, Place 02 had the highest rate (40.3 deaths per 100,000 people) and Place 01 the lowest (12.5).'
	);
});

test('any FIPS-keyed series maps: counties by 5-digit code, named through the outlines', () => {
	const data = fipsMapData(
		[
			{ geo: '39035', points: [{ period: '2024-12', value: 41.5, status: 'provisional' }] },
			{ geo: '39037', points: [{ period: '2024-12', value: null, status: 'missing' }] },
			{ geo: 'OH', points: [{ period: '2024-12', value: 1, status: 'provisional' }] }
		],
		'2024-12',
		UNITS.rate,
		(fips) => ({ '39035': 'Cuyahoga, OH', '39037': 'Darke, OH' })[fips] ?? fips
	);
	expect(data.map((d) => [d.id, d.name, d.kind, d.text])).toEqual([
		['39035', 'Cuyahoga, OH', 'value', '41.5 deaths per 100,000 people'],
		['39037', 'Darke, OH', 'not-shown', 'not published']
	]);
});

test('a legend label can be reworded where the source says less', () => {
	const entries = legendEntries(data, mapScale(data, UNITS.count), 'm', 7, {
		'not-shown': 'No rate: suppressed, not published or zero'
	});
	expect(entries.find((e) => e.key === 'not-shown')?.label).toBe(
		'No rate: suppressed, not published or zero'
	);
});

test('many places without a figure are counted, not listed', () => {
	const many = Array.from({ length: 12 }, (_, i) =>
		datum(String(i).padStart(5, '0'), 'not-shown', null)
	);
	expect(
		mapSummary({
			data: [datum('99999', 'value', 3), ...many],
			per: 'rate',
			unit: UNITS.rate,
			period: '2024-12',
			place: 'county'
		})
	).toBe(
		'In the 12 months ending December 2024, Place 99999 had the highest rate (3 deaths per 100,000 people) and Place 99999 the lowest (3). There is no published figure for 12 counties.'
	);
});
