import { expect, test } from 'vitest';
import {
	fiscalMonthPeriod,
	fiscalYearOf,
	formatPeriod,
	monthNumber,
	monthRange,
	periodExtent,
	periodSpan,
	periodStart,
	twelveMonthWindow,
	yearEarlier
} from './period';

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
	[2024, 10, '2023-10'],
	[2024, 12, '2023-12'],
	[2024, 1, '2024-01'],
	[2024, 9, '2024-09']
])('fiscal year %i, month %i is %s', (fy, month, period) => {
	expect(fiscalMonthPeriod(fy, month)).toBe(period);
	expect(fiscalYearOf(period)).toBe(fy);
});

test('a month range runs across the new year', () => {
	expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
	expect(monthRange('2025-02', '2025-02')).toEqual(['2025-02']);
	expect(monthRange('2025-03', '2025-02')).toEqual([]);
});

test.each([
	['FY2024', ['2023-10', '2024-09']],
	['2019-2023', ['2019-01', '2023-12']],
	['2025-H2', ['2025-07', '2025-12']],
	['2025-Q3', ['2025-07', '2025-09']],
	['2024', ['2024-01', '2024-12']],
	['2024-06', ['2024-06', '2024-06']]
])('%s spans %j', (p, span) => expect(periodSpan(p)).toEqual(span));

test('the extent of mixed grains is by the months they cover', () => {
	expect(periodExtent(['2019-2023', '2024-12', '2018-10', 'FY2026'])).toEqual({
		first: '2018-10',
		last: 'FY2026'
	});
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
