import { describe, expect, test } from 'vitest';
import {
	monthFromName,
	readMonth,
	readPeriod,
	readTwelveMonthEnding,
	readYearAndMonth,
	readYearCell
} from './dates';

const period = (p: string) => ({ period: p });
const problem = (match: RegExp) => ({ problem: expect.stringMatching(match) });

describe('readMonth: common spellings of a month', () => {
	const cases: Record<string, string> = {
		'2024-06': '2024-06',
		'2024-6': '2024-06',
		'2024/06': '2024-06',
		'2024.06': '2024-06',
		'2024-06-30': '2024-06',
		'2024-06-30T00:00:00Z': '2024-06',
		'2024-06-01 00:00': '2024-06',
		'202406': '2024-06',
		'2024M06': '2024-06',
		'6/2024': '2024-06',
		'06-2024': '2024-06',
		'6/30/2024': '2024-06',
		'06/01/2024': '2024-06',
		'6/30/24': '2024-06',
		'1/15/99': '1999-01',
		'June 2024': '2024-06',
		'june 2024': '2024-06',
		'Jun 2024': '2024-06',
		'Jun. 2024': '2024-06',
		'Jun-24': '2024-06',
		'June, 2024': '2024-06',
		'Sept 2024': '2024-09',
		'2024 June': '2024-06',
		'2024-Jun': '2024-06',
		'30 June 2024': '2024-06',
		'01-Jun-2024': '2024-06',
		'June 30, 2024': '2024-06',
		'  2024-06  ': '2024-06'
	};
	test.each(Object.entries(cases))('%s', (cell, expected) => {
		expect(readMonth(cell)).toEqual(period(expected));
	});

	test('day-first dates read the month second', () => {
		expect(readMonth('30/6/2024', 'day-first')).toEqual(period('2024-06'));
		expect(readMonth('01/06/2024', 'day-first')).toEqual(period('2024-06'));
		expect(readMonth('01/06/2024', 'month-first')).toEqual(period('2024-01'));
	});

	const bad: Record<string, RegExp> = {
		'': /blank/,
		'2024': /year without a month/,
		'2024-13': /month 13 does not exist/,
		'30/6/2024': /day seems to come first/,
		'2024-Q2': /quarters/,
		'45444': /spreadsheet date number/,
		'1850-01': /outside 1900–2100/,
		soon: /not a date/,
		'Juneteenth 2024': /not a date/,
		'Ju 2024': /not a date/
	};
	test.each(Object.entries(bad))('%j cannot be read', (cell, reason) => {
		expect(readMonth(cell)).toEqual(problem(reason));
	});

	test('a month-first date read as day-first says which order it seems to be', () => {
		expect(readMonth('6/30/2024', 'day-first')).toEqual(problem(/month seems to come first/));
	});
});

describe('readYearCell', () => {
	const cases: Record<string, ReturnType<typeof readYearCell>> = {
		'2024': period('2024'),
		CY2024: period('2024'),
		'cy 2024': period('2024'),
		'2024.0': period('2024'),
		'': problem(/blank/),
		FY2024: problem(/fiscal year/),
		'2022-2023': problem(/range of years/),
		'24': problem(/four-digit/),
		'1776': problem(/outside/)
	};
	test.each(Object.entries(cases))('%j', (cell, expected) => {
		expect(readYearCell(cell)).toEqual(expected);
	});
});

describe('readTwelveMonthEnding: the window’s last month is the period', () => {
	const cases: Record<string, ReturnType<typeof readTwelveMonthEnding>> = {
		'12 months ending June 2024': period('2024-06'),
		'12-month ending 2024-06': period('2024-06'),
		'12 month-ending Jun 2024': period('2024-06'),
		'Twelve months ending June 30, 2024': period('2024-06'),
		'July 2023 – June 2024': period('2024-06'),
		'Jul 2023 - Jun 2024': period('2024-06'),
		'2023-07 to 2024-06': period('2024-06'),
		'2024-06': period('2024-06'),
		'January 2024 – June 2024': problem(/covers 6 months, not 12/),
		'July 2023 – banana': problem(/not a date/)
	};
	test.each(Object.entries(cases))('%j', (cell, expected) => {
		expect(readTwelveMonthEnding(cell)).toEqual(expected);
	});
});

test('readPeriod reads by the kind of date chosen', () => {
	expect(readPeriod('2024', 'year')).toEqual(period('2024'));
	expect(readPeriod('2024-06', 'month')).toEqual(period('2024-06'));
	expect(readPeriod('12 months ending Jun 2024', 'twelve-month-ending')).toEqual(period('2024-06'));
	expect(readPeriod('2024-06', 'year')).toEqual(problem(/this is a month, not a year/));
});

describe('readYearAndMonth: year and month in separate columns', () => {
	const cases: [string, string, ReturnType<typeof readYearAndMonth>][] = [
		['2024', '6', period('2024-06')],
		['2024', '06', period('2024-06')],
		['2024', 'June', period('2024-06')],
		['2024', 'jun', period('2024-06')],
		['2024', '13', problem(/not a month/)],
		['2024', '', problem(/month is blank/)],
		['', 'June', problem(/year is blank/)]
	];
	test.each(cases)('%j %j', (year, month, expected) => {
		expect(readYearAndMonth(year, month)).toEqual(expected);
	});
});

test('monthFromName needs at least three letters of an English month', () => {
	expect(monthFromName('Jan')).toBe(1);
	expect(monthFromName('SEPTEMBER')).toBe(9);
	expect(monthFromName('Ma')).toBeUndefined();
	expect(monthFromName('Mayo')).toBeUndefined();
});
