/**
 * Reading the date cell of a user's file into a period label: 'YYYY-MM' for a
 * month (also the end month of a 12-month-ending window, as CDC labels them)
 * or 'YYYY' for a year. Spreadsheets write dates many ways; each reader
 * returns either the period or a plain reason the cell cannot be read.
 */
import { MONTH_NAMES, monthPeriod } from '../domain/period';

export type DateKind = 'month' | 'year' | 'twelve-month-ending';
/** How a numeric date with a day is ordered: 6/30/2024 (month first) or 30/6/2024 (day first). */
export type DateOrder = 'month-first' | 'day-first';

export type DateRead = { period: string } | { problem: string };

interface YearMonth {
	year: number;
	month: number;
}

const ok = (year: number, month: number): DateRead => ({ period: monthPeriod(year, month) });

/** 'Jun', 'June', 'Sept', 'JUNE' -> 6: a month name or its first three letters or more. */
export function monthFromName(name: string): number | undefined {
	const n = name.trim().replace(/\.$/, '').toLowerCase();
	if (n.length < 3) return undefined;
	const i = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(n));
	return i < 0 ? undefined : i + 1;
}

/** Two-digit years as spreadsheets read them: 00–29 are 2000s, 30–99 are 1900s. */
function fullYear(y: string): number {
	const n = Number(y);
	return y.length === 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
}

const inRange = (year: number) => year >= 1900 && year <= 2100;

type Parsed = YearMonth | string | null;

/** One spelling of a month; a string is a reason the cell is not a valid date; null means no match. */
const MONTH_SPELLINGS: ((t: string, order: DateOrder) => Parsed)[] = [
	// 2024-06, 2024/6, 2024-06-30, 2024-06-30T00:00:00, 2024.06
	(t) => {
		const m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ]\d{1,2}:\d{2}.*)?$/.exec(t);
		return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
	},
	// 202406, 2024M06
	(t) => {
		const m = /^(\d{4})M?(\d{2})$/i.exec(t);
		return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
	},
	// 6/2024, 06-2024
	(t) => {
		const m = /^(\d{1,2})[-/.](\d{4})$/.exec(t);
		return m ? { year: Number(m[2]), month: Number(m[1]) } : null;
	},
	// 6/30/2024, 30/6/2024, 6/30/24 (with an optional time)
	(t, order) => {
		const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[ T]\d{1,2}:\d{2}.*)?$/.exec(t);
		if (!m) return null;
		const [a, b] = [Number(m[1]), Number(m[2])];
		const [month, day] = order === 'month-first' ? [a, b] : [b, a];
		if (day < 1 || day > 31) return `day ${day} does not exist`;
		if (month > 12 && day <= 12)
			return order === 'month-first'
				? 'the day seems to come first (as in 30/6/2024): choose “day first”'
				: 'the month seems to come first (as in 6/30/2024): choose “month first”';
		return { year: fullYear(m[3]!), month };
	},
	// June 2024, Jun-24, Jun. 2024, June, 2024
	(t) => {
		const m = /^([A-Za-z]+\.?)[\s,/-]+(\d{4}|\d{2})$/.exec(t);
		const month = m && monthFromName(m[1]!);
		return month ? { year: fullYear(m[2]!), month } : null;
	},
	// 2024 June, 2024-Jun
	(t) => {
		const m = /^(\d{4})[\s,/-]+([A-Za-z]+\.?)$/.exec(t);
		const month = m && monthFromName(m[2]!);
		return month ? { year: Number(m[1]), month } : null;
	},
	// 30 June 2024, 01-Jun-2024, June 30, 2024
	(t) => {
		const m =
			/^\d{1,2}[\s-]([A-Za-z]+\.?)[\s,-]+(\d{4})$/.exec(t) ??
			/^([A-Za-z]+\.?)\s+\d{1,2},?\s+(\d{4})$/.exec(t);
		const month = m && monthFromName(m[1]!);
		return month ? { year: Number(m[2]), month } : null;
	}
];

/** Why a cell that is not a month might have been written that way, in plain words. */
function whyNotAMonth(t: string): string {
	if (t === '') return 'the date is blank';
	if (/^\d{4}$/.test(t)) return 'this is a year without a month: choose “year” as the kind of date';
	if (/^\d{4}[-\s]?Q[1-4]$|^Q[1-4][-\s]?\d{4}$/i.test(t))
		return 'quarters are not supported: use one row per month or per year';
	if (/^\d{5}(\.\d+)?$/.test(t))
		return 'this looks like a spreadsheet date number: format the column as a date (such as 2024-06) before saving as CSV';
	return 'this is not a date this page can read';
}

/** A month in any of the common spellings. */
export function readMonth(cell: string, order: DateOrder = 'month-first'): DateRead {
	const t = cell.trim();
	for (const spelling of MONTH_SPELLINGS) {
		const r = spelling(t, order);
		if (r === null) continue;
		if (typeof r === 'string') return { problem: r };
		if (r.month < 1 || r.month > 12) return { problem: `month ${r.month} does not exist` };
		if (!inRange(r.year)) return { problem: `the year ${r.year} is outside 1900–2100` };
		return ok(r.year, r.month);
	}
	return { problem: whyNotAMonth(t) };
}

/** A calendar year: 2024, CY2024, 2024.0 (as some spreadsheets save whole numbers). */
export function readYearCell(cell: string): DateRead {
	const t = cell.trim();
	const m = /^(?:CY\s*)?(\d{4})(?:\.0+)?$/i.exec(t);
	if (!m) {
		if (t === '') return { problem: 'the year is blank' };
		if (/^FY/i.test(t)) return { problem: 'this is a fiscal year; this page reads calendar years' };
		if ('period' in readMonth(t))
			return { problem: 'this is a month, not a year: choose “month” as the kind of date' };
		if (/^\d{4}\s*[-–]\s*\d{2,4}$/.test(t))
			return { problem: 'this is a range of years; use one row per year' };
		return { problem: 'this is not a four-digit year' };
	}
	const year = Number(m[1]);
	return inRange(year)
		? { period: String(year) }
		: { problem: `the year ${year} is outside 1900–2100` };
}

const WINDOW_PREFIX =
	/^(?:the\s+)?(?:12|twelve)[\s-]*months?[\s-]*(?:ending|ended|ending in)?[\s:,-]*/i;
const RANGE = /\s+(?:-|–|—|to|through|thru)\s+|\s*[–—]\s*/i;

const monthIndex = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1;

/**
 * The end month of a 12-month window: '12 months ending June 2024',
 * '12 month-ending 2024-06', 'July 2023 – June 2024', or just the end month.
 */
export function readTwelveMonthEnding(cell: string, order: DateOrder = 'month-first'): DateRead {
	const t = cell.trim().replace(WINDOW_PREFIX, '');
	const parts = t.split(RANGE);
	if (parts.length !== 2) return readMonth(t, order);
	const [from, to] = parts.map((p) => readMonth(p, order));
	if (!from || !to || 'problem' in from) return from ?? { problem: 'this is not a date range' };
	if ('problem' in to) return to;
	const span = monthIndex(to.period) - monthIndex(from.period) + 1;
	return span === 12 ? to : { problem: `this window covers ${span} months, not 12` };
}

/** The period in a date cell of the given kind. */
export function readPeriod(
	cell: string,
	kind: DateKind,
	order: DateOrder = 'month-first'
): DateRead {
	if (kind === 'year') return readYearCell(cell);
	if (kind === 'twelve-month-ending') return readTwelveMonthEnding(cell, order);
	return readMonth(cell, order);
}

/** A month from two cells: the year in one column, the month (6, 06, June, Jun) in another. */
export function readYearAndMonth(yearCell: string, monthCell: string): DateRead {
	const year = readYearCell(yearCell);
	if ('problem' in year) return year;
	const t = monthCell.trim();
	const month = /^\d{1,2}$/.test(t) ? Number(t) : monthFromName(t);
	if (!month || month < 1 || month > 12)
		return {
			problem: t === '' ? 'the month is blank' : 'this is not a month (1–12 or a month name)'
		};
	return ok(Number(year.period), month);
}
