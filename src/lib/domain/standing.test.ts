import { expect, test } from 'vitest';
import type { Point } from './series';
import { median, standing } from './standing';

const at = (period: string, value: number | null): Point[] => [
	{ period, value, status: value === null ? 'missing' : 'final' }
];

test.each([
	[[], null],
	[[3], 3],
	[[5, 1, 3], 3],
	[[4, 1, 3, 2], 2.5]
])('median of %j is %s', (values, expected) => {
	expect(median(values)).toBe(expected);
});

test('rank 1 is the highest; equal values share a rank; gaps do not count', () => {
	const states = new Map([
		['OH', at('2023', 12)],
		['IN', at('2023', 14)],
		['MI', at('2023', 12)],
		['WI', at('2023', 9)],
		['IL', at('2023', null)]
	]);
	expect(standing('OH', states)).toEqual({ period: '2023', value: 12, rank: 2, of: 4, median: 12 });
	expect(standing('MI', states)?.rank).toBe(2);
	expect(standing('WI', states)?.rank).toBe(4);
});

test('a state without a value has no standing', () => {
	const states = new Map([
		['OH', at('2023', null)],
		['IN', at('2023', 14)]
	]);
	expect(standing('OH', states)).toBeNull();
	expect(standing('KY', states)).toBeNull();
});
