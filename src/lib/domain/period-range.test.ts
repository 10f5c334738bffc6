import { expect, test } from 'vitest';
import { clipRange, inRange, lastMonth } from './period-range';

test.each([
	['2024-06', '2024-06'],
	['2024', '2024-12'],
	['2024-H1', '2024-06'],
	['2024-H2', '2024-12'],
	['2024-Q3', '2024-09'],
	['FY2024', '2024-09'],
	['2022-2023', '2023-12'],
	['week 3', null]
])('%s ends in %s', (period, last) => {
	expect(lastMonth(period)).toBe(last);
});

test.each([
	['2019-01', '2019-01', '2025-04', true],
	['2018-12', '2019-01', undefined, false],
	['2025-05', undefined, '2025-04', false],
	['2019', '2019-01', '2019-12', true],
	['2019', '2019-01', '2019-11', false],
	['2019-06', '2019', '2019', true],
	['FY2020', '2020-01', undefined, true],
	['FY2020', '2020-10', undefined, false]
])('%s within %s … %s: %s', (period, from, to, inside) => {
	expect(inRange(period, from, to)).toBe(inside);
});

test('clipping keeps the points inside the range, in order', () => {
	const pts = ['2018-12', '2019-01', '2019-02', '2019-03'].map((period) => ({ period }));
	expect(clipRange(pts, '2019-01', '2019-02').map((p) => p.period)).toEqual(['2019-01', '2019-02']);
	expect(clipRange(pts)).toHaveLength(4);
});
