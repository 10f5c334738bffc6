/**
 * Overdose deaths over the same periods as a seizure chart. CDC's VSRR counts
 * are 12-month-ending, so the count for September is the fiscal year
 * (October–September) and the count for December is the calendar year; by
 * month, each month's point covers the 12 months ending then.
 */
import type { Grain } from './seizure-view';
import type { Point } from './series';

const MONTH_OF: Partial<Record<Grain, string>> = { fy: '09', cy: '12' };

/** The seizure period a 12-month-ending month stands for: '2025-09' -> 'FY2025' (fiscal years). */
export function deathPeriodFor(month: string, grain: Grain): string | null {
	const end = MONTH_OF[grain];
	if (!end) return month;
	if (month.slice(5) !== end) return null;
	return grain === 'fy' ? `FY${month.slice(0, 4)}` : month.slice(0, 4);
}

/**
 * The death counts that line up with `periods`: `chart` relabelled to the
 * seizure periods (for the chart's shared axis), `months` as CDC labels them
 * (for the table and the sentence, which say "12 months ending …").
 */
export function alignDeaths(
	points: readonly Point[],
	grain: Grain,
	periods: readonly string[]
): { chart: Point[]; months: Point[] } {
	const wanted = new Set(periods);
	const months = points.filter((p) => {
		const period = deathPeriodFor(p.period, grain);
		return period !== null && wanted.has(period);
	});
	return {
		chart: months.map((p) => ({ ...p, period: deathPeriodFor(p.period, grain)! })),
		months
	};
}
