/**
 * How late lab reports make recent NFLIS counts incomplete. Labs report to
 * NFLIS months after they analyse an item, so a count keeps rising long after
 * its period ends: comparing two exports of the same data, 2024 grew by about
 * 10 % between a query run 7 months after the year ended and one run 14
 * months after; 2023 still grew by about 2 % at 19 months. A period that
 * ended less than a year before the query ran is marked incomplete.
 */
const INCOMPLETE_MONTHS = 12;
const DAYS_PER_MONTH = 365.25 / 12;

/** The last day of a period: '2024' and '2024-H2' end on 31 December, '2024-H1' on 30 June. */
function periodEnd(period: string): number {
	const year = Number(period.slice(0, 4));
	return period.endsWith('-H1') ? Date.UTC(year, 5, 30) : Date.UTC(year, 11, 31);
}

const months = (n: number) => (n === 1 ? '1 month' : `${n} months`);

/** The note for a period too recent to be complete, or null; `queried` is 'YYYY-MM-DD'. */
export function lateReportNote(period: string, queried: string): string | null {
	const [y, m, d] = queried.split('-').map(Number) as [number, number, number];
	const elapsed = (Date.UTC(y, m - 1, d) - periodEnd(period)) / 86_400_000 / DAYS_PER_MONTH;
	if (elapsed >= INCOMPLETE_MONTHS) return null;
	if (elapsed < 0)
		return `Incomplete: the period had not ended when DEA ran this query (${queried}).`;
	const when = elapsed < 1 ? 'less than a month' : months(Math.floor(elapsed));
	return `Incomplete: labs report late, and this period ended ${when} before DEA ran this query (${queried}); its count is likely to rise.`;
}
