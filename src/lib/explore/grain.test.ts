import { describe, expect, test } from 'vitest';
import type { Point } from '../domain/series';
import { alignOverlay, grainOf, twelveMonthSums } from './grain';

const pts = (entries: [string, number | null][]): Point[] =>
	entries.map(([period, value]) => ({
		period,
		value,
		status: value === null ? 'missing' : 'final'
	}));

test.each([
	[
		pts([
			['2024-01', 1],
			['2024-02', 2]
		]),
		'month'
	],
	[
		pts([
			['2023', 1],
			['2024', 2]
		]),
		'year'
	],
	[
		pts([
			['2023', 1],
			['2024-02', 2]
		]),
		'other'
	],
	[[], 'other']
] as const)('grainOf %#', (points, grain) => {
	expect(grainOf(points)).toBe(grain);
});

describe('alignOverlay', () => {
	const monthly12 = {
		points: pts([
			['2023-11', 9],
			['2023-12', 10],
			['2024-06', 11],
			['2024-12', 12]
		]),
		unit: 'deaths (12-month ending)'
	};

	test('the same grain passes as it is', () => {
		expect(alignOverlay('month', monthly12)).toEqual({
			points: monthly12.points,
			unit: monthly12.unit
		});
	});

	test('a 12-month-ending series meets yearly data through its December windows', () => {
		expect(alignOverlay('year', monthly12)).toMatchObject({
			points: [
				{ period: '2023', value: 10 },
				{ period: '2024', value: 12 }
			],
			unit: 'deaths',
			note: expect.stringMatching(/ending in December/)
		});
	});

	test.each([
		['year', { points: pts([['2024-01', 1]]), unit: 'visits' }, /monthly and your data is yearly/],
		['month', { points: pts([['2024', 1]]), unit: 'deaths' }, /yearly and your data is monthly/]
	] as const)('%s data cannot take %j', (grain, overlay, reason) => {
		expect(alignOverlay(grain, overlay)).toEqual({ reason: expect.stringMatching(reason) });
	});
});

describe('twelveMonthSums', () => {
	const months = Array.from({ length: 14 }, (_, i) => {
		const m = new Date(Date.UTC(2023, i, 1));
		return `${m.getUTCFullYear()}-${String(m.getUTCMonth() + 1).padStart(2, '0')}`;
	});

	test('each window adds its twelve months; the first window ends in the twelfth month', () => {
		const sums = twelveMonthSums(pts(months.map((p, i) => [p, i + 1])));
		expect(sums.map((p) => [p.period, p.value])).toEqual([
			['2023-12', 78],
			['2024-01', 90],
			['2024-02', 102]
		]);
	});

	test('a missing month makes its windows missing, a suppressed one makes a range', () => {
		const points: Point[] = months.map((period) => ({ period, value: 1, status: 'final' }));
		points[12] = { period: months[12]!, value: null, status: 'missing' };
		points[13] = { period: months[13]!, value: null, status: 'suppressed', low: 0, high: 9 };
		const [dec, jan, feb] = twelveMonthSums(points);
		expect(dec).toMatchObject({ value: 12, status: 'final' });
		expect(jan).toMatchObject({
			value: null,
			status: 'missing',
			note: 'No value for January 2024.'
		});
		expect(feb).toMatchObject({ value: null, status: 'missing' });
		const gap = [...points.slice(0, 13), points[13]!].filter((_, i) => i !== 12);
		expect(twelveMonthSums(gap).at(-1)).toMatchObject({ period: '2024-02', status: 'missing' });
	});

	test('a suppressed month gives the window as a range', () => {
		const points: Point[] = months
			.slice(0, 12)
			.map((period) => ({ period, value: 2, status: 'final' }));
		points[5] = { ...points[5]!, value: null, status: 'suppressed', low: 0, high: 9 };
		expect(twelveMonthSums(points)).toEqual([
			expect.objectContaining({
				period: '2023-12',
				value: null,
				status: 'suppressed',
				low: 22,
				high: 31
			})
		]);
	});

	test('yearly data has no 12-month windows', () => {
		expect(twelveMonthSums(pts([['2024', 1]]))).toEqual([]);
	});
});
