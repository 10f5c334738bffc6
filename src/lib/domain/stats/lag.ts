/**
 * Lead and lag between two monthly series. Both are first turned into
 * year-over-year percent changes (which removes seasonality and the overlap of
 * 12-month-ending counts); then, at each lag k from −maxLag to +maxLag, the
 * change in A in month t is correlated with the change in B in month t + k.
 * A peak at k > 0 means A's changes come before B's by k months.
 *
 * The bounds ±1.96/√n are those for two unrelated series of independent
 * months. Year-over-year changes are strongly autocorrelated, so the real
 * band is wider: a bar just past the bound is weak evidence.
 */
import { addMonths, isMonth, yearEarlier } from '../period';
import { plotted, type Point } from '../series';
import { pearson } from './correlation';
import { Z95 } from './distributions';

export function yoyPercent(points: readonly Point[]): Map<string, number> {
	const at = new Map(points.filter((p) => isMonth(p.period)).map((p) => [p.period, plotted(p)]));
	const out = new Map<string, number>();
	for (const [period, value] of at) {
		const before = at.get(yearEarlier(period));
		if (value !== null && before !== null && before !== undefined && before !== 0)
			out.set(period, ((value - before) / before) * 100);
	}
	return out;
}

export interface LagResult {
	lag: number;
	r: number;
	n: number;
	/** ± bound for independent months at 95 % */
	bound: number;
}

export function crossCorrelation(
	a: ReadonlyMap<string, number>,
	b: ReadonlyMap<string, number>,
	maxLag = 12
): LagResult[] {
	const out: LagResult[] = [];
	for (let lag = -maxLag; lag <= maxLag; lag++) {
		const pairs = [...a].map(([period, x]) => ({ x, y: b.get(addMonths(period, lag)) ?? null }));
		const c = pearson(pairs);
		out.push({ lag, r: c.r, n: c.n, bound: c.n > 0 ? Z95 / Math.sqrt(c.n) : NaN });
	}
	return out;
}
