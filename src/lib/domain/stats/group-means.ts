/**
 * A group's mean with a 95 % confidence interval from Student's t (groups of
 * states are small). Missing values are left out and counted.
 */
import { tQuantile, tTwoSided } from './distributions';

export interface GroupMean {
	mean: number;
	n: number;
	sd: number;
	low: number | null;
	high: number | null;
	excluded: number;
}

export function groupMean(values: readonly (number | null)[]): GroupMean {
	const v = values.filter((x): x is number => x !== null && Number.isFinite(x));
	const n = v.length;
	const excluded = values.length - n;
	if (n === 0) return { mean: NaN, n, sd: NaN, low: null, high: null, excluded };
	const mean = v.reduce((a, b) => a + b, 0) / n;
	if (n < 2) return { mean, n, sd: NaN, low: null, high: null, excluded };
	const sd = Math.sqrt(v.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
	const half = tQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
	return { mean, n, sd, low: mean - half, high: mean + half, excluded };
}

export interface Difference {
	/** mean of a − mean of b */
	difference: number;
	low: number | null;
	high: number | null;
	/** Welch–Satterthwaite degrees of freedom */
	df: number | null;
	p: number | null;
}

/**
 * The difference between two group means with Welch's 95 % interval (no
 * assumption that the groups vary alike: expansion and non-expansion states
 * need not). Null when either group has fewer than two values.
 */
export function welchDifference(a: GroupMean, b: GroupMean): Difference | null {
	if (a.n < 2 || b.n < 2) return null;
	const difference = a.mean - b.mean;
	const va = (a.sd * a.sd) / a.n;
	const vb = (b.sd * b.sd) / b.n;
	const se = Math.sqrt(va + vb);
	if (se === 0) return { difference, low: difference, high: difference, df: null, p: null };
	const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
	const half = tQuantile(0.975, df) * se;
	return {
		difference,
		low: difference - half,
		high: difference + half,
		df,
		p: tTwoSided(difference / se, df)
	};
}
