/**
 * Calendar years from 12-month-ending series: the December period covers
 * January–December, so it is the calendar-year count. Other months are not.
 */
import type { Point } from './series';

export function calendarYears(points: readonly Point[]): Point[] {
	return points
		.filter((p) => p.period.endsWith('-12'))
		.map((p) => ({ ...p, period: p.period.slice(0, 4) }));
}
