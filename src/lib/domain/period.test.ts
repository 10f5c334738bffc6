import { expect, test } from 'vitest';
import { formatPeriod, monthNumber, periodStart, twelveMonthWindow, yearEarlier } from './period';

test.each([
	['January', 1],
	['jan', 1],
	['SEP', 9],
	['December ', 12],
	['Sept', undefined],
	['13', undefined]
])('month %s -> %s', (name, n) => expect(monthNumber(name)).toBe(n));

test.each([
	['2024-06', '2023-06'],
	['2024', '2023'],
	['FY2024', 'FY2023'],
	['2024-H1', '2023-H1']
])('a year before %s is %s', (p, q) => expect(yearEarlier(p)).toBe(q));

test('a 12-month-ending period names the window it covers', () => {
	expect(twelveMonthWindow('2024-06')).toBe('July 2023 – June 2024');
	expect(twelveMonthWindow('2024-12')).toBe('January 2024 – December 2024');
	expect(formatPeriod('2026-01')).toBe('January 2026');
});

test.each([
	['2024-06', '2024-06-01'],
	['2024', '2024-01-01'],
	['FY2024', '2023-10-01'],
	['2024-H2', '2024-07-01'],
	['2024-Q3', '2024-07-01'],
	['2022-2023', '2022-01-01'],
	['2024-13', null],
	['2024-00', null],
	['1850', null],
	['1850-01', null],
	['2101', null],
	['2023-2022', null],
	['FY2024-06', null],
	['2024-6', null],
	['', null]
])('period %j starts on %j', (p, start) => expect(periodStart(p)).toBe(start));
