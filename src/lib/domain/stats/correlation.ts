/**
 * Correlation across places or over time, with what a reader needs to judge
 * it: n, a 95 % confidence interval (Fisher's z transformation), and the
 * least-squares line. Pairs with a missing value on either side are left out
 * and counted, never filled with zero.
 */
import { tTwoSided, Z95 } from './distributions';

export interface Pair {
	x: number | null;
	y: number | null;
}

export interface Correlation {
	r: number;
	n: number;
	/** 95 % confidence interval; null when n < 4 */
	low: number | null;
	high: number | null;
	/** two-sided p-value of r = 0 (t test) */
	p: number | null;
	/** pairs left out because a value was missing */
	excluded: number;
}

export function complete(pairs: readonly Pair[]): { x: number[]; y: number[]; excluded: number } {
	const x: number[] = [];
	const y: number[] = [];
	for (const p of pairs)
		if (p.x !== null && p.y !== null && Number.isFinite(p.x) && Number.isFinite(p.y)) {
			x.push(p.x);
			y.push(p.y);
		}
	return { x, y, excluded: pairs.length - x.length };
}

const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;

function pearsonOf(x: readonly number[], y: readonly number[]): number {
	const mx = mean(x);
	const my = mean(y);
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < x.length; i++) {
		const dx = x[i]! - mx;
		const dy = y[i]! - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	return sxy / Math.sqrt(sxx * syy);
}

/** Average ranks (ties share the mean of their positions), 1-based. */
export function ranks(v: readonly number[]): number[] {
	const order = v.map((value, i) => ({ value, i })).sort((a, b) => a.value - b.value);
	const out = new Array<number>(v.length);
	for (let s = 0; s < order.length;) {
		let e = s;
		while (e + 1 < order.length && order[e + 1]!.value === order[s]!.value) e++;
		const rank = (s + e) / 2 + 1;
		for (let k = s; k <= e; k++) out[order[k]!.i] = rank;
		s = e + 1;
	}
	return out;
}

function withInterval(r: number, n: number, excluded: number, seScale = 1): Correlation {
	if (n < 3 || !Number.isFinite(r)) return { r: NaN, n, low: null, high: null, p: null, excluded };
	const df = n - 2;
	const p = Math.abs(r) >= 1 ? 0 : tTwoSided(r * Math.sqrt(df / (1 - r * r)), df);
	if (n < 4) return { r, n, low: null, high: null, p, excluded };
	const z = Math.atanh(Math.max(-0.9999999, Math.min(0.9999999, r)));
	const se = Math.sqrt(seScale / (n - 3));
	return { r, n, low: Math.tanh(z - Z95 * se), high: Math.tanh(z + Z95 * se), p, excluded };
}

export function pearson(pairs: readonly Pair[]): Correlation {
	const { x, y, excluded } = complete(pairs);
	return withInterval(x.length >= 3 ? pearsonOf(x, y) : NaN, x.length, excluded);
}

/**
 * Spearman's ρ: Pearson's r of the ranks. Its interval uses Fisher's z with
 * the variance 1.06/(n − 3) of Fieller, Hartley and Pearson (1957).
 */
export function spearman(pairs: readonly Pair[]): Correlation {
	const { x, y, excluded } = complete(pairs);
	return withInterval(
		x.length >= 3 ? pearsonOf(ranks(x), ranks(y)) : NaN,
		x.length,
		excluded,
		1.06
	);
}

export interface Line {
	slope: number;
	intercept: number;
}

/** The ordinary least-squares line y = intercept + slope · x. */
export function leastSquares(pairs: readonly Pair[]): Line | null {
	const { x, y } = complete(pairs);
	if (x.length < 2) return null;
	const mx = mean(x);
	const my = mean(y);
	let sxy = 0;
	let sxx = 0;
	for (let i = 0; i < x.length; i++) {
		sxy += (x[i]! - mx) * (y[i]! - my);
		sxx += (x[i]! - mx) ** 2;
	}
	if (sxx === 0) return null;
	const slope = sxy / sxx;
	return { slope, intercept: my - slope * mx };
}
