/**
 * Worked examples with known answers, computed independently of this code:
 * Anscombe's quartet (Anscombe 1973), the Spearman example of the Wikipedia
 * article (IQ vs hours of TV, ρ = −29/165), Student's t quantiles from
 * standard tables, and Fisher's interval for r = 0.5, n = 30.
 */
import { expect, test } from 'vitest';
import { leastSquares, pearson, ranks, spearman } from './correlation';
import { tCdf, tQuantile } from './distributions';
import { groupMean } from './group-means';
import { crossCorrelation, yoyPercent } from './lag';

const pairs = (x: number[], y: (number | null)[]) => x.map((v, i) => ({ x: v, y: y[i] ?? null }));
const ANSCOMBE_X = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
const ANSCOMBE_Y1 = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
const ANSCOMBE_Y2 = [9.14, 8.14, 8.74, 8.77, 9.26, 8.1, 6.13, 3.1, 9.13, 7.26, 4.74];

test.each([
	['I', ANSCOMBE_Y1],
	['II', ANSCOMBE_Y2]
])('Anscombe %s: r = 0.816, y = 3.00 + 0.500 x', (_, y) => {
	const c = pearson(pairs(ANSCOMBE_X, y));
	expect(c.r).toBeCloseTo(0.816, 3);
	expect(c.n).toBe(11);
	const line = leastSquares(pairs(ANSCOMBE_X, y))!;
	expect(line.slope).toBeCloseTo(0.5, 3);
	expect(line.intercept).toBeCloseTo(3.0, 2);
});

test('Spearman’s ρ of the IQ / TV example is −29/165', () => {
	const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
	const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
	expect(spearman(pairs(iq, tv)).r).toBeCloseTo(-29 / 165, 10);
});

test('tied values share their average rank', () => {
	expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
});

test('Fisher’s 95 % interval for r = 0.5 with n = 30 is 0.170 to 0.729', () => {
	// 30 points with r exactly 0.5: y = 0.5·x + √0.75·e with x and e orthogonal and standardized
	const n = 30;
	const x = Array.from({ length: n }, (_, i) => i - (n - 1) / 2);
	const e = x.map((v) => v * v - x.reduce((a, w) => a + w * w, 0) / n);
	const sd = (v: number[]) => Math.sqrt(v.reduce((a, w) => a + w * w, 0));
	const y = x.map((v, i) => (0.5 * v) / sd(x) + (Math.sqrt(0.75) * e[i]!) / sd(e));
	const c = pearson(pairs(x, y));
	expect(c.r).toBeCloseTo(0.5, 10);
	expect(c.low).toBeCloseTo(0.1703, 3);
	expect(c.high).toBeCloseTo(0.7294, 3);
});

test('missing values are left out and counted, never read as zero', () => {
	const c = pearson(pairs([1, 2, 3, 4, 5], [2, 4, null, 8, 10]));
	expect(c).toMatchObject({ n: 4, excluded: 1 });
	expect(c.r).toBeCloseTo(1, 10);
});

test.each([
	[1, 12.706204736],
	[10, 2.228138852],
	[30, 2.042272456]
])('t quantile 0.975 with %i df is %f', (df, t) => {
	expect(tQuantile(0.975, df)).toBeCloseTo(t, 6);
	expect(tCdf(t, df)).toBeCloseTo(0.975, 8);
});

test('a group mean’s interval uses t: values 1..5 give 3 ± 1.963', () => {
	const g = groupMean([1, 2, 3, 4, 5, null]);
	expect(g).toMatchObject({ mean: 3, n: 5, excluded: 1 });
	// sd = 1.5811, t(0.975, 4) = 2.776445, half-width = 2.776445 · 1.5811 / √5 = 1.9632
	expect(g.high! - g.mean).toBeCloseTo(1.9632, 3);
});

test('a series that leads another by 3 months peaks at lag +3', () => {
	const months = Array.from(
		{ length: 96 },
		(_, i) => `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
	);
	const wave = (i: number) => 1000 + 300 * Math.sin(i / 5) + 50 * Math.cos(i / 2.3);
	const a = months.map((period, i) => ({ period, value: wave(i), status: 'final' as const }));
	const b = months.map((period, i) => ({ period, value: wave(i - 3), status: 'final' as const }));
	const lags = crossCorrelation(yoyPercent(a), yoyPercent(b), 12);
	const best = lags.reduce((m, l) => (l.r > m.r ? l : m));
	expect(best.lag).toBe(3);
	expect(best.r).toBeGreaterThan(0.99);
	expect(lags).toHaveLength(25);
});
