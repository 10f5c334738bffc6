/**
 * Small multiples: one small chart per place, side by side, on the same
 * periods and the same y axis, so the eye compares heights honestly.
 */
import { plotted } from '../domain/series';
import { periodsOf, type TrendSpec } from './trend-config';

/** The smallest round number at or above x (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × a power of ten). */
export function niceCeil(x: number): number {
	if (!(x > 0)) return 1;
	const magnitude = 10 ** Math.floor(Math.log10(x));
	const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find(
		(s) => s * magnitude >= x * (1 - 1e-12)
	);
	return Number(((step ?? 10) * magnitude).toPrecision(12));
}

/** The highest value any panel draws, ranges included. */
export function sharedMax(specs: readonly TrendSpec[]): number {
	let max = 0;
	for (const s of specs)
		for (const l of s.lines)
			for (const p of l.points) max = Math.max(max, plotted(p) ?? 0, l.ranges ? (p.high ?? 0) : 0);
	return max;
}

/** Columns on a wide screen: two for two or four panels, else up to three. */
export function multiplesColumns(n: number): number {
	return n <= 1 ? 1 : n === 2 || n === 4 ? 2 : 3;
}

/** The panels, each on the periods of all of them and under one y axis top. */
export function shareAxes(specs: readonly TrendSpec[]): TrendSpec[] {
	const periods = periodsOf(specs.flatMap((s) => s.lines));
	const yMax = niceCeil(sharedMax(specs));
	return specs.map((s) => ({ ...s, periods, yMax }));
}
