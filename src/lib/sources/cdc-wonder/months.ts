/**
 * WONDER leaves out every state-month under 10 deaths instead of marking it.
 * These helpers put those months back as suppressed (0–9, never 0) and add up
 * calendar-year totals, which become ranges where months are suppressed.
 */
import { addMonths, formatPeriod, monthPeriod } from '../../domain/period';
import type { Point } from '../../domain/series';
import { sumMembers } from '../../domain/sum';

/** Every month from January of `firstYear` through `last` ('YYYY-MM'). */
export function monthsFrom(firstYear: number, last: string): string[] {
	const out: string[] = [];
	for (let p = monthPeriod(firstYear, 1); p <= last; p = addMonths(p, 1)) out.push(p);
	return out;
}

/** The points for `months`, taking each from `points` or, where absent, from `fill`. */
export function fillMonths(
	points: readonly Point[],
	months: readonly string[],
	fill: (period: string) => Point
): Point[] {
	const at = new Map(points.map((p) => [p.period, p]));
	const wanted = new Set(months);
	const extra = points.filter((p) => !wanted.has(p.period));
	return [...months.map((m) => at.get(m) ?? fill(m)), ...extra].sort((a, b) =>
		a.period < b.period ? -1 : a.period > b.period ? 1 : 0
	);
}

/**
 * Calendar-year totals ('YYYY') for the years whose twelve months are all
 * there, added up as a region's members are: suppressed months make a range.
 */
export function yearTotals(months: readonly Point[]): Point[] {
	const byYear = new Map<string, Point[]>();
	for (const p of months) {
		const year = p.period.slice(0, 4);
		byYear.set(year, [...(byYear.get(year) ?? []), p]);
	}
	const out: Point[] = [];
	for (const [year, points] of byYear) {
		if (points.length !== 12) continue;
		const members = points.map((p) => ({
			geo: formatPeriod(p.period),
			points: [{ ...p, period: year }]
		}));
		out.push(sumMembers(members)[0]!);
	}
	return out;
}
