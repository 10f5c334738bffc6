import { expect, test } from 'vitest';
import { recentPoints } from './recent';
import type { Point } from './series';

const pts = (...periods: string[]): Point[] =>
	periods.map((period, i) => ({ period, value: i, status: 'provisional' }));
const periods = (points: Point[]) => points.map((p) => p.period);

/** 'YYYY-MM' labels for n consecutive months from a start month. */
const months = (year: number, month: number, n: number) =>
	Array.from({ length: n }, (_, i) => {
		const m = month - 1 + i;
		return `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
	});

test.each([
	[
		'months: the last month back to the same month a year earlier (13 points)',
		pts(...months(2024, 11, 15)),
		months(2025, 1, 13)
	],
	['years: the last two', pts('2019', '2020', '2021', '2022'), ['2021', '2022']],
	['fiscal years: the last two', pts('FY2022', 'FY2023', 'FY2024'), ['FY2023', 'FY2024']],
	['a series shorter than a year is kept whole', pts('2025-11', '2025-12'), ['2025-11', '2025-12']],
	['an empty series stays empty', [], []]
])('%s', (_, points, expected) => {
	expect(periods(recentPoints(points))).toEqual(expected);
});

test('trailing gaps are kept, and the slice reaches back a year before the last value', () => {
	const points: Point[] = [
		{ period: '2023-12', value: 4, status: 'provisional' },
		{ period: '2024-01', value: 5, status: 'provisional' },
		{ period: '2024-12', value: 6, status: 'provisional' },
		{ period: '2025-01', value: null, status: 'missing' }
	];
	expect(periods(recentPoints(points))).toEqual(['2023-12', '2024-01', '2024-12', '2025-01']);
});
