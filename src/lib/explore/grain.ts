/**
 * Putting two series on one time axis honestly. Months and years do not mix;
 * a 12-month-ending series becomes a yearly one by its December windows
 * (the 12 months ending December are the calendar year); monthly counts
 * become 12-month-ending counts by adding each window's twelve months.
 */
import { formatPeriod } from '../domain/period';
import type { Point } from '../domain/series';
import { sumMembers } from '../domain/sum';

export type Grain = 'month' | 'year' | 'other';

export function grainOf(points: readonly Point[]): Grain {
	if (points.length && points.every((p) => /^\d{4}-\d{2}$/.test(p.period))) return 'month';
	if (points.length && points.every((p) => /^\d{4}$/.test(p.period))) return 'year';
	return 'other';
}

export const isTwelveMonthEnding = (unit: string) => /12-month ending/i.test(unit);

export interface Aligned {
	points: Point[];
	unit: string;
	note?: string;
}

/** Makes `overlay` comparable with a series of grain `grain`, or says why it cannot be. */
export function alignOverlay(
	grain: Grain,
	overlay: { points: readonly Point[]; unit: string }
): Aligned | { reason: string } {
	const theirs = grainOf(overlay.points);
	if (theirs === grain) return { points: [...overlay.points], unit: overlay.unit };
	if (grain === 'year' && theirs === 'month' && isTwelveMonthEnding(overlay.unit))
		return {
			points: overlay.points
				.filter((p) => p.period.endsWith('-12'))
				.map((p) => ({ ...p, period: p.period.slice(0, 4) })),
			unit: overlay.unit.replace(/\s*\(12-month ending\)/i, ''),
			note: 'Its yearly values are its 12-month counts ending in December, which cover the calendar year.'
		};
	const words: Record<Grain, string> = {
		month: 'monthly',
		year: 'yearly',
		other: 'not monthly or yearly'
	};
	return {
		reason: `This series is ${words[theirs]} and your data is ${words[grain]}, so they cannot share a time axis.`
	};
}

const monthIndex = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1;
const periodOf = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/**
 * Monthly counts as 12-month-ending counts: each month's value is the sum of
 * it and the eleven months before. A window with a missing month is missing;
 * one with a suppressed month is a range.
 */
export function twelveMonthSums(points: readonly Point[]): Point[] {
	if (grainOf(points) !== 'month') return [];
	const at = new Map(points.map((p) => [p.period, p]));
	const first = monthIndex(points[0]!.period);
	const last = monthIndex(points.at(-1)!.period);
	const out: Point[] = [];
	for (let end = first + 11; end <= last; end++) {
		const period = periodOf(end);
		const members = Array.from({ length: 12 }, (_, k) => {
			const p = at.get(periodOf(end - k));
			return { geo: formatPeriod(periodOf(end - k)), points: p ? [{ ...p, period }] : [] };
		});
		out.push(sumMembers(members)[0] ?? { period, value: null, status: 'missing' });
	}
	return out;
}
