import { expect, test } from 'vitest';
import type { Correlation } from '../stats/correlation';
import { groupMean, welchDifference } from '../stats/group-means';
import { fixed, readCorrelation, readGroups, readLag, strength } from './reading';

const c = (r: number, low: number | null, high: number | null, n = 49): Correlation => ({
	r,
	n,
	low,
	high,
	p: null,
	excluded: 0
});
const base = {
	x: 'naloxone dispensing rates',
	y: 'synthetic-opioid death rates',
	when: 'in 2023',
	leftOut: []
};

test.each([
	[0.05, 'no clear'],
	[-0.2, 'a weak'],
	[0.45, 'a moderate'],
	[-0.8, 'a strong']
])('strength(%f) = %s', (r, words) => {
	expect(strength(r)).toBe(words);
});

test('a clear positive relation is read with its numbers and its limits', () => {
	const s = readCorrelation({
		...base,
		pearson: c(0.42, 0.16, 0.63),
		spearman: c(0.38, 0.11, 0.6),
		leftOut: ['Louisiana', 'Pennsylvania'],
		confounders: 'drug supply and age'
	});
	expect(s).toBe(
		'Across 49 states in 2023, states with higher naloxone dispensing rates tended to have higher synthetic-opioid death rates: a moderate relation (r = 0.42 (95 % CI 0.16 to 0.63); Spearman ρ = 0.38 (95 % CI 0.11 to 0.60); n = 49). This describes states, not people, and does not show that one causes the other: states also differ in drug supply and age. 2 states are left out for gaps in the data: Louisiana, Pennsylvania.'
	);
});

test('an interval that includes zero reads as no clear relation', () => {
	const s = readCorrelation({
		...base,
		pearson: c(-0.12, -0.39, 0.17),
		spearman: c(-0.05, -0.33, 0.24)
	});
	expect(s).toMatch(/show no clear relation \(r = -0\.12 .*the intervals include zero\./);
});

test('when ρ disagrees with r, the sentence says a few states may drive r', () => {
	const s = readCorrelation({
		...base,
		pearson: c(0.35, 0.07, 0.58),
		spearman: c(0.1, -0.19, 0.37)
	});
	expect(s).toContain('a few states may drive r');
	expect(s).toContain('tended to have higher synthetic-opioid death rates');
});

test('no state with both values: said plainly', () => {
	expect(
		readCorrelation({ ...base, pearson: c(NaN, null, null, 0), spearman: c(NaN, null, null, 0) })
	).toBe('No state has both values in 2023.');
});

test('too few states: no pattern, with the mismatch and the provisional counts said', () => {
	const s = readCorrelation({
		...base,
		pearson: c(0.9, null, null, 3),
		spearman: c(1, null, null, 3),
		mismatch: 'The condition is from 2022–2023, not 2025.',
		incomplete: true
	});
	expect(s).toBe(
		'With only 3 states with both values in 2023, no interval can be computed and no pattern can be read. The condition is from 2022–2023, not 2025. Some counts are provisional and expected to rise.'
	);
});

const lag = (l: number, r: number, n = 60) => ({ lag: l, r, n, bound: 1.96 / Math.sqrt(n) });

test('the lag reading names the strongest lag, its side of the band, and its limits', () => {
	const s = readLag({
		lags: [lag(-1, 0.1), lag(0, 0.2), lag(3, 0.45), lag(4, -0.5)],
		a: 'seizures',
		b: 'deaths',
		incompleteMonths: 2
	});
	expect(s).toContain(
		'line up most closely when changes in seizures are set 4 months before changes in deaths (r = -0.50, 60 months), outside the ±0.25 band'
	);
	expect(s).toContain('timing, not cause');
	expect(s).toContain('2 recent months are left out');
	expect(readLag({ lags: [lag(-2, 0.1)], a: 'A', b: 'B', incompleteMonths: 0 })).toContain(
		'when changes in B are set 2 months before changes in A (r = 0.10, 60 months), inside the ±0.25 band'
	);
	expect(
		readLag({ lags: [{ lag: 0, r: NaN, n: 2, bound: NaN }], a: 'A', b: 'B', incompleteMonths: 0 })
	).toMatch(/do not overlap/);
});

test('the group reading gives each mean with its interval and the difference then and now', () => {
	const a = groupMean([10, 20, 30]);
	const b = groupMean([1, 2, 3]);
	const s = readGroups({
		year: '2023',
		unit: 'deaths per 100,000',
		sides: [
			{ label: 'Expansion in effect by the end of 2014', mean: a },
			{ label: 'No expansion', mean: b },
			{ label: 'Later', mean: groupMean([5]) }
		],
		difference: welchDifference(a, b),
		baseline: { year: '2015', difference: null }
	});
	// 20 ± t(0.975, 2)·10/√3 = 20 ± 24.84
	expect(s).toContain(
		'In 2023, the mean rate was 20 (95 % CI -4.8 to 44.8; 3 states) for “Expansion in effect by the end of 2014”, 2 (95 % CI -0.5 to 4.5; 3 states) for “No expansion”, 5 (1 state, too few for an interval) for “Later” (deaths per 100,000).'
	);
	expect(s).toContain(
		'The difference between “Expansion in effect by the end of 2014” and “No expansion” is 18 (95 % CI'
	);
	expect(s).toContain('is not the effect of expansion');
	expect(fixed(-0.0001)).toBe('0.00');
});

test('a custom relation clause reads changes rather than levels', () => {
	const s = readCorrelation({
		...base,
		pearson: c(-0.4, -0.6, -0.13),
		spearman: c(-0.35, -0.57, -0.08),
		relation: (up) => `states with higher x tended to see y ${up ? 'rise more' : 'rise less'}`
	});
	expect(s).toContain(
		'Across 49 states in 2023, states with higher x tended to see y rise less: a moderate relation'
	);
});
