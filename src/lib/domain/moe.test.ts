import { expect, test } from 'vitest';
import { moeOfProportion, moeOfSum } from './moe';

test('a sum’s margin is the root of the summed squares', () => {
	expect(moeOfSum([3, 4])).toBe(5);
	expect(moeOfSum([])).toBe(0);
});

// The ACS handbook's worked example: never-married females 203,119 ± 5,070 of 630,498 ± 831.
test('a proportion’s margin follows the handbook’s worked example', () => {
	expect(moeOfProportion(203_119, 5_070, 630_498, 831)).toBeCloseTo(0.008, 4);
});

test('when the term under the root is negative, the ratio formula is used', () => {
	// p = 1, moeX < moeY: the proportion formula would take the root of a negative number.
	expect(moeOfProportion(10, 3, 10, 5)).toBeCloseTo(Math.sqrt(9 + 25) / 10, 12);
});
