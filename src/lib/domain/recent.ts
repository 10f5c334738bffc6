/**
 * The recent slice of a series: its last period and everything back to the
 * same period a year before its last period with a value (so a trailing gap
 * still leaves the latest value and its comparison). That is all a page needs to show the latest
 * value and its year-over-year change (12-month-ending periods are compared
 * with the same period a year before, never with the month before), so the
 * pipeline writes it beside each measure's full file for pages such as the
 * overview that show only the latest figures.
 */
import { latestValued } from './change';
import { yearEarlier } from './period';
import type { Point } from './series';

export function recentPoints(points: readonly Point[]): Point[] {
	const last = points.at(-1);
	if (!last) return [];
	const from = yearEarlier((latestValued(points) ?? last).period);
	return points.filter((p) => p.period >= from && p.period <= last.period);
}
