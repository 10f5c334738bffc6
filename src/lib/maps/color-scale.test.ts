import { expect, test } from 'vitest';
import {
	RAMP,
	classBreaks,
	classIndex,
	classLabels,
	luminance,
	niceRound,
	rampFor
} from './color-scale';

test.each([
	[1187.3, 1200],
	[23.46, 23],
	[0.456, 0.46],
	[95, 95],
	[99.6, 100],
	[7, 7]
])('niceRound(%d) = %d', (x, expected) => {
	expect(niceRound(x)).toBe(expected);
});

test('breaks are rounded quantiles of the positive values; zeros and gaps do not move them', () => {
	const values = [23, 53, 86, 114, 176, 218, 416, 579, 701, 940, 1051, 1330, 2006, 4544];
	const breaks = classBreaks(values);
	expect(breaks).toEqual([100, 260, 680, 1200]);
	expect(classBreaks([0, 0, ...values, NaN])).toEqual(breaks);
});

test('every class is used: each value lands in the class its legend label names', () => {
	const values = [23, 53, 86, 114, 176, 218, 416, 579, 701, 940, 1051, 1330, 2006, 4544];
	const breaks = classBreaks(values);
	const used = new Set(values.map((v) => classIndex(v, breaks)));
	expect([...used].sort()).toEqual([0, 1, 2, 3, 4]);
	expect(classIndex(99, breaks)).toBe(0);
	expect(classIndex(100, breaks)).toBe(1);
	expect(classIndex(4544, breaks)).toBe(4);
});

test('few distinct values give fewer classes, and one value gives a single class', () => {
	expect(classBreaks([10, 100, 1000])).toEqual([70, 400]);
	expect(classBreaks([10, 10, 10, 20])).toEqual([]);
	expect(classBreaks([5])).toEqual([]);
	expect(classBreaks([])).toEqual([]);
});

test('legend labels name both ends and the unit', () => {
	expect(classLabels([120, 470, 1300], 'deaths')).toEqual([
		'Under 120 deaths',
		'120 to under 470 deaths',
		'470 to under 1,300 deaths',
		'1,300 deaths or more'
	]);
	expect(classLabels([12.5, 30], 'per 100,000', 1)).toEqual([
		'Under 12.5 per 100,000',
		'12.5 to under 30 per 100,000',
		'30 per 100,000 or more'
	]);
	expect(classLabels([], 'deaths')).toEqual(['More than 0 deaths']);
});

test('the ramp runs from light to dark, so order reads without telling hues apart', () => {
	const l = RAMP.map(luminance);
	for (let i = 1; i < l.length; i++) {
		// each step at least 1.4 times darker in contrast terms
		expect((l[i - 1]! + 0.05) / (l[i]! + 0.05)).toBeGreaterThan(1.4);
	}
});

test('fewer classes use colours spread over the ramp', () => {
	expect(rampFor(5)).toEqual([...RAMP]);
	expect(rampFor(3)).toEqual([RAMP[0], RAMP[2], RAMP[4]]);
	expect(rampFor(2)).toEqual([RAMP[0], RAMP[4]]);
});
