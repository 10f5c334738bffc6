/**
 * A group's mean with a 95 % confidence interval from Student's t (groups of
 * states are small). Missing values are left out and counted.
 */
import { tQuantile } from './distributions';

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
