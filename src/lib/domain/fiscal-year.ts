/**
 * Fiscal-year totals from monthly points. CBP counts by federal fiscal year
 * (October–September, 'FY2024' = October 2023 – September 2024). A year with
 * fewer than 12 months of values — the current year to date, or a total whose
 * parts do not all reach the same month — is marked incomplete, and its note
 * names the months it covers, so a partial year is never read as a whole one.
 */
import { fiscalYearOf, formatPeriod } from './period';
import type { Point, Status } from './series';
import { worseStatus } from './sum';

export function fiscalYearTotals(months: readonly Point[]): Point[] {
	const byYear = new Map<number, Point[]>();
	for (const p of [...months].sort((a, b) => (a.period < b.period ? -1 : 1))) {
		const fy = fiscalYearOf(p.period);
		byYear.set(fy, [...(byYear.get(fy) ?? []), p]);
	}
	return [...byYear].sort(([a], [b]) => a - b).map(([fy, points]) => yearTotal(fy, points));
}

function yearTotal(fy: number, points: readonly Point[]): Point {
	const period = `FY${fy}`;
	const valued = points.filter((p) => p.value !== null);
	if (!valued.length)
		return { period, value: null, status: 'missing', note: 'No month of this year has a value.' };
	let value = 0;
	let status: Status = 'final';
	for (const p of valued) {
		value += p.value!;
		status = worseStatus(status, p.status);
	}
	if (valued.length === 12) return { period, value, status };
	const first = formatPeriod(valued[0]!.period);
	const last = formatPeriod(valued.at(-1)!.period);
	const months = first === last ? first : `${first} – ${last}`;
	return {
		period,
		value,
		status,
		incomplete: true,
		note: `Only ${valued.length} of 12 months: ${months}.`
	};
}
