import { expect, test } from 'vitest';
import type { Point } from '../domain/series';
import { multiplesColumns, niceCeil, shareAxes, sharedMax } from './small-multiples';
import { buildTrendConfig, type TrendSpec } from './trend-config';

test.each([
	[0, 1],
	[7, 8],
	[10, 10],
	[11, 12],
	[0.37, 0.4],
	[76_516, 80_000],
	[12_001, 15_000]
])('niceCeil(%s) = %s', (x, nice) => {
	expect(niceCeil(x)).toBe(nice);
});

test.each([
	[1, 1],
	[2, 2],
	[3, 3],
	[4, 2],
	[5, 3],
	[8, 3]
])('%s panels sit in %s columns', (n, cols) => {
	expect(multiplesColumns(n)).toBe(cols);
});

const pt = (period: string, value: number | null, extra: Partial<Point> = {}): Point => ({
	period,
	value,
	status: value === null ? 'suppressed' : 'final',
	...extra
});
const panel = (points: Point[], ranges = false): TrendSpec => ({
	unit: 'deaths',
	lines: [{ label: 'Reported', points, color: '#000', ranges }]
});

test('every panel gets the same periods and the same y axis, set by the highest value of all', () => {
	const small = panel([pt('2024-01', 5)]);
	const big = panel([pt('2024-02', 1_234)]);
	const shared = shareAxes([small, big]);
	const configs = shared.map(buildTrendConfig);
	expect(configs.map((c) => c.options!.scales!.y!.max)).toEqual([1_500, 1_500]);
	expect(configs.map((c) => c.data.labels)).toEqual([
		['Jan 2024', 'Feb 2024'],
		['Jan 2024', 'Feb 2024']
	]);
	expect(configs[0]!.data.datasets[0]!.data).toEqual([5, null]);
});

test('the top of a range counts toward the shared axis; a gap does not count as zero or more', () => {
	const ranged = panel([pt('2024-01', null, { low: 10, high: 19 })], true);
	expect(sharedMax([ranged, panel([pt('2024-01', 12)])])).toBe(19);
});
