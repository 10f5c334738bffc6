/**
 * Year totals from monthly points. CBP counts by federal fiscal year
 * (October–September, 'FY2024' = October 2023 – September 2024); a calendar
 * year ('2024') adds January–December. A year with fewer than 12 months of
 * values — the current year to date, the first year of a file that starts in
 * October, or a total whose parts do not all reach the same month — is marked
 * incomplete, and its note names the months it covers, so a partial year is
 * never read as a whole one.
 */
import { formatPeriod, fiscalYearOf, MONTH_NAMES, monthRange } from './period';
import type { Point, Status } from './series';
import { worseStatus } from './sum';

/** Fiscal-year totals: 'FY2024' adds October 2023 – September 2024. */
export function fiscalYearTotals(months: readonly Point[]): Point[] {
	return yearTotals(months, (p) => `FY${fiscalYearOf(p)}`);
}

/** Calendar-year totals: '2024' adds January – December 2024. */
export function calendarYearTotals(months: readonly Point[]): Point[] {
	return yearTotals(months, (p) => p.slice(0, 4));
}

/** The months a fiscal year covers: 'FY2025' -> 'October 2024 – September 2025'. */
export function fiscalYearSpan(period: string): string {
	const fy = Number(period.slice(2));
	return `${MONTH_NAMES[9]} ${fy - 1} – ${MONTH_NAMES[8]} ${fy}`;
}

function yearTotals(months: readonly Point[], yearOf: (month: string) => string): Point[] {
	const byYear = new Map<string, Point[]>();
	for (const p of [...months].sort((a, b) => (a.period < b.period ? -1 : 1))) {
		const year = yearOf(p.period);
		const list = byYear.get(year);
		if (list) list.push(p);
		else byYear.set(year, [p]);
	}
	return [...byYear].sort(([a], [b]) => (a < b ? -1 : 1)).map(([y, ps]) => yearTotal(y, ps));
}

function yearTotal(period: string, points: readonly Point[]): Point {
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
	return {
		period,
		value,
		status,
		incomplete: true,
		note: `Only ${valued.length} of 12 months: ${spans(valued.map((p) => p.period))}.`
	};
}

/** The months as runs without a gap: 'October 2025 – December 2025, February 2026'. */
function spans(months: readonly string[]): string {
	const runs: string[][] = [];
	for (const m of months) {
		const run = runs.at(-1);
		const next = run && monthRange(run.at(-1)!, m).length === 2;
		if (next) run.push(m);
		else runs.push([m]);
	}
	return runs
		.map((r) =>
			r.length === 1 ? formatPeriod(r[0]!) : `${formatPeriod(r[0]!)} – ${formatPeriod(r.at(-1)!)}`
		)
		.join(', ');
}
