/**
 * Period labels. Months are 'YYYY-MM'; a VSRR month is the last month of a
 * 12-month-ending window, so 'June 2024' means July 2023 – June 2024.
 */

export const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

const byName = new Map<string, number>(MONTH_NAMES.map((m, i) => [m.toLowerCase(), i + 1]));
for (const [i, m] of MONTH_NAMES.entries()) byName.set(m.slice(0, 3).toLowerCase(), i + 1);

/** 'January' | 'Jan' | 'JAN' -> 1; undefined when not an English month name. */
export function monthNumber(name: string): number | undefined {
	return byName.get(name.trim().toLowerCase());
}

export function monthPeriod(year: number, month: number): string {
	return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * The calendar month of a month of a federal fiscal year (October–September):
 * October, November and December belong to calendar year FY−1.
 */
export function fiscalMonthPeriod(fiscalYear: number, month: number): string {
	return monthPeriod(month >= 10 ? fiscalYear - 1 : fiscalYear, month);
}

/** The federal fiscal year a 'YYYY-MM' month falls in: '2023-10' -> 2024. */
export function fiscalYearOf(period: string): number {
	const year = Number(period.slice(0, 4));
	return Number(period.slice(5, 7)) >= 10 ? year + 1 : year;
}

/** Every month from `first` to `last`, both included: ('2024-11', '2025-02') -> 4 months. */
export function monthRange(first: string, last: string): string[] {
	const out: string[] = [];
	let year = Number(first.slice(0, 4));
	let month = Number(first.slice(5, 7));
	for (let p = first; p <= last; p = monthPeriod(year, month)) {
		out.push(p);
		month = (month % 12) + 1;
		if (month === 1) year++;
	}
	return out;
}

export function isMonth(period: string): boolean {
	return /^\d{4}-\d{2}$/.test(period);
}

/** The same period one year earlier: '2024-06' -> '2023-06', '2024' -> '2023', 'FY2024' -> 'FY2023'. */
export function yearEarlier(period: string): string {
	return period.replace(/\d{4}/, (y) => String(Number(y) - 1));
}

/** 'YYYY-MM' -> 'June 2024'; other periods are returned as they are. */
export function formatPeriod(period: string): string {
	const m = /^(\d{4})-(\d{2})$/.exec(period);
	if (!m) return period;
	return `${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
}

/** 'YYYY-MM' -> 'Jun 2024' for axes. */
export function formatPeriodShort(period: string): string {
	const m = /^(\d{4})-(\d{2})$/.exec(period);
	if (!m) return period;
	return `${MONTH_NAMES[Number(m[2]) - 1]!.slice(0, 3)} ${m[1]}`;
}

/** The window a 12-month-ending period covers, in words: 'July 2023 – June 2024'. */
export function twelveMonthWindow(period: string): string {
	const m = /^(\d{4})-(\d{2})$/.exec(period);
	if (!m) return period;
	const year = Number(m[1]);
	const month = Number(m[2]);
	const startMonth = (month % 12) + 1;
	const startYear = month === 12 ? year : year - 1;
	return `${MONTH_NAMES[startMonth - 1]} ${startYear} – ${MONTH_NAMES[month - 1]} ${year}`;
}

/** Compare periods of the same grain; string order is time order for these labels. */
export function comparePeriods(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** 'YYYY-MM' shifted by k months ('2024-11' + 3 = '2025-02'). */
export function addMonths(period: string, k: number): string {
	const m = /^(\d{4})-(\d{2})$/.exec(period);
	if (!m) throw new Error(`not a month: ${period}`);
	const index = Number(m[1]) * 12 + Number(m[2]) - 1 + k;
	return monthPeriod(Math.floor(index / 12), (index % 12) + 1);
}

/** The first and last month a period covers, as 'YYYY-MM', whatever its grain. */
export function periodSpan(period: string): [string, string] {
	const fy = /^FY(\d{4})$/.exec(period);
	if (fy) return [`${Number(fy[1]) - 1}-10`, `${fy[1]}-09`];
	const range = /^(\d{4})-(\d{4})$/.exec(period);
	if (range) return [`${range[1]}-01`, `${range[2]}-12`];
	const half = /^(\d{4})-H([12])$/.exec(period);
	if (half)
		return half[2] === '1'
			? [`${half[1]}-01`, `${half[1]}-06`]
			: [`${half[1]}-07`, `${half[1]}-12`];
	const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
	if (quarter) {
		const q = Number(quarter[2]);
		return [monthPeriod(Number(quarter[1]), q * 3 - 2), monthPeriod(Number(quarter[1]), q * 3)];
	}
	if (/^\d{4}$/.test(period)) return [`${period}-01`, `${period}-12`];
	return [period, period];
}

/**
 * The earliest-starting and latest-ending of several periods of any grains.
 * Each distinct label is spanned once: the pipeline passes every point of a
 * dataset, hundreds of thousands of labels with a few hundred distinct ones.
 */
export function periodExtent(periods: Iterable<string>): { first: string; last: string } | null {
	let first: string | null = null;
	let last: string | null = null;
	let start = '';
	let end = '';
	const seen = new Set<string>();
	for (const p of periods) {
		if (seen.has(p)) continue;
		seen.add(p);
		const [a, b] = periodSpan(p);
		if (first === null || a < start) [first, start] = [p, a];
		if (last === null || b > end) [last, end] = [p, b];
	}
	return first === null || last === null ? null : { first, last };
}

/** The years a period label may fall in: no dataset here reaches before 1900. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

/**
 * The first day of a period, 'YYYY-MM-DD', or null when the label is not a
 * period (month 13, year 1850, 'FY20X4'): '2024-06' -> '2024-06-01',
 * 'FY2024' -> '2023-10-01', '2024-H2' -> '2024-07-01', '2022-2023' -> '2022-01-01'.
 */
export function periodStart(period: string): string | null {
	const m = /^(FY)?(\d{4})(?:-(?:(\d{2})|H([12])|Q([1-4])|(\d{4})))?$/.exec(period);
	if (!m) return null;
	const [, fy, y, month, half, quarter, until] = m;
	const year = Number(y);
	if (year < FIRST_YEAR || year > LAST_YEAR) return null;
	if (fy) return month || half || quarter || until ? null : `${year - 1}-10-01`;
	if (until && !(Number(until) > year && Number(until) <= LAST_YEAR)) return null;
	const first = month
		? Number(month)
		: half
			? (Number(half) - 1) * 6 + 1
			: quarter
				? (Number(quarter) - 1) * 3 + 1
				: 1;
	if (first < 1 || first > 12) return null;
	return `${y}-${String(first).padStart(2, '0')}-01`;
}
