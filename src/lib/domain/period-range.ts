/**
 * A time range (from/to) over periods of any grain. A period is placed by the
 * last month it covers: a 12-month-ending month by its own month, a year by
 * December, a fiscal year by September, a pooled '2022-2023' by its last year.
 * So '2019' falls inside from=2019-01 … to=2019-12, and a range written in
 * years ('2019') works for monthly series too.
 */

const MONTH = /^(\d{4})-(\d{2})$/;

/** The last month a period covers, 'YYYY-MM'; null for a label this module does not know. */
export function lastMonth(period: string): string | null {
	if (MONTH.test(period)) return period;
	let m = /^(\d{4})$/.exec(period);
	if (m) return `${m[1]}-12`;
	m = /^(\d{4})-H([12])$/.exec(period);
	if (m) return `${m[1]}-${m[2] === '1' ? '06' : '12'}`;
	m = /^(\d{4})-Q([1-4])$/.exec(period);
	if (m) return `${m[1]}-${String(Number(m[2]) * 3).padStart(2, '0')}`;
	m = /^FY(\d{4})$/.exec(period);
	if (m) return `${m[1]}-09`;
	m = /^\d{4}-(\d{4})$/.exec(period);
	if (m) return `${m[1]}-12`;
	return null;
}

/** A bound written as 'YYYY' or 'YYYY-MM', as a month: a year starts in January and ends in December. */
function bound(b: string, end: boolean): string {
	return MONTH.test(b) ? b : `${b}-${end ? '12' : '01'}`;
}

export function inRange(period: string, from?: string, to?: string): boolean {
	const last = lastMonth(period);
	if (last === null) return true;
	if (from && last < bound(from, false)) return false;
	if (to && last > bound(to, true)) return false;
	return true;
}

/** The points inside the range, in their order. */
export function clipRange<T extends { period: string }>(
	points: readonly T[],
	from?: string,
	to?: string
): T[] {
	return from || to ? points.filter((p) => inRange(p.period, from, to)) : [...points];
}
