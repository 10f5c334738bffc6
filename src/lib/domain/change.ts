/**
 * Year-over-year change. 12-month-ending periods overlap by eleven months, so a
 * period is only ever compared with the same period a year earlier.
 */
import { yearEarlier } from './period';
import { plotted, type Point } from './series';

export interface Change {
	period: string;
	previousPeriod: string;
	value: number;
	previous: number;
	/** (value − previous) / previous × 100; null when the previous value is 0 */
	percent: number | null;
}

export function yearOverYear(points: readonly Point[], period: string): Change | null {
	const previousPeriod = yearEarlier(period);
	const current = points.find((p) => p.period === period);
	const before = points.find((p) => p.period === previousPeriod);
	const value = current ? plotted(current) : null;
	const previous = before ? plotted(before) : null;
	if (value === null || previous === null) return null;
	return {
		period,
		previousPeriod,
		value,
		previous,
		percent: previous === 0 ? null : ((value - previous) / previous) * 100
	};
}

/** The latest period with a plottable value, or null for an all-gap series. */
export function latestValued(points: readonly Point[]): Point | null {
	for (let i = points.length - 1; i >= 0; i--) {
		const p = points[i]!;
		if (plotted(p) !== null) return p;
	}
	return null;
}
