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
