import { describe, expect, test } from 'vitest';
import type { Point, Series } from '../domain/series';
import { populationFor, populationIndex, ratePoints, rateUnit } from './rates';

const pop = (geo: string, years: Record<string, number>): Series => ({
	dataset: 'census-population',
	measure: 'population',
	geo,
	unit: 'people',
	points: Object.entries(years).map(([period, value]) => ({ period, value, status: 'final' }))
});
const index = populationIndex([
	pop('OH', { '2023': 200_000, '2024': 250_000 }),
	pop('39035', { '2024': 50_000 })
]);

describe('populationFor', () => {
	const cases: [string, number, ReturnType<typeof populationFor>][] = [
		['OH', 2024, { value: 250_000, year: 2024 }],
		['OH', 2025, { value: 250_000, year: 2024 }],
		['OH', 2019, { value: 200_000, year: 2023 }],
		['39035', 2024, { value: 50_000, year: 2024 }],
		['TX', 2024, null]
	];
	test.each(cases)('%s %i', (geo, year, expected) => {
		expect(populationFor(index, geo, year)).toEqual(expected);
	});
});

describe('ratePoints', () => {
	const points: Point[] = [
		{ period: '2023-06', value: 100, status: 'final' },
		{ period: '2024-06', value: 50, status: 'provisional' },
		{ period: '2024-07', value: null, status: 'missing' },
		{ period: '2024-08', value: null, status: 'suppressed', low: 0, high: 9 },
		{ period: '2025-01', value: 25, status: 'provisional', note: 'early' }
	];

	test('divides each count by the population of its year, times 100,000', () => {
		expect(ratePoints(points, 'OH', index)).toEqual([
			{ period: '2023-06', value: 50, status: 'final' },
			{ period: '2024-06', value: 20, status: 'provisional' },
			{ period: '2024-07', value: null, status: 'missing' },
			{ period: '2024-08', value: null, status: 'suppressed', low: 0, high: 3.6 },
			{
				period: '2025-01',
				value: 10,
				status: 'provisional',
				note: 'early No population estimate for 2025: the 2024 estimate is used.'
			}
		]);
	});

	test('a place without a population has no rate', () => {
		expect(ratePoints(points, 'TX', index)).toBeNull();
	});
});

test.each([
	['deaths', 'deaths per 100,000 people'],
	['deaths (12-month ending)', 'deaths per 100,000 people (12-month ending)']
])('rateUnit(%j)', (unit, expected) => {
	expect(rateUnit(unit)).toBe(expected);
});
