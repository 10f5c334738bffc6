import { expect, test } from 'vitest';
import { calendarYearTotals, fiscalYearTotals } from './fiscal-year';
import type { Point } from './series';

const month = (period: string, value: number | null, status: Point['status'] = 'final'): Point => ({
	period,
	value,
	status: value === null ? 'missing' : status
});
/** The months of one fiscal year in calendar order: Oct–Dec of FY−1, then Jan–Sep. */
const fiscalMonths = (fy: number) => [
	...['10', '11', '12'].map((m) => `${fy - 1}-${m}`),
	...['01', '02', '03', '04', '05', '06', '07', '08', '09'].map((m) => `${fy}-${m}`)
];

test('October–December count toward the next fiscal year', () => {
	const out = fiscalYearTotals([month('2023-09', 1), month('2023-10', 10), month('2024-09', 100)]);
	expect(out.map((p) => [p.period, p.value])).toEqual([
		['FY2023', 1],
		['FY2024', 110]
	]);
});

test('a whole year is complete; its status is the least certain of its months', () => {
	const points = fiscalMonths(2024).map((p, i) => month(p, 1, i === 11 ? 'provisional' : 'final'));
	expect(fiscalYearTotals(points)).toEqual([
		{ period: 'FY2024', value: 12, status: 'provisional' }
	]);
});

test('a year to date is incomplete and says which months it covers', () => {
	const points = fiscalMonths(2026)
		.slice(0, 7)
		.map((p) => month(p, 2, 'provisional'));
	expect(fiscalYearTotals(points)).toEqual([
		{
			period: 'FY2026',
			value: 14,
			status: 'provisional',
			incomplete: true,
			note: 'Only 7 of 12 months: October 2025 – April 2026.'
		}
	]);
});

test('months without a value are left out of the total, which is then incomplete', () => {
	const points = fiscalMonths(2026)
		.slice(0, 7)
		.map((p, i) => month(p, i < 3 ? 5 : null));
	expect(fiscalYearTotals(points)[0]).toMatchObject({
		value: 15,
		incomplete: true,
		note: 'Only 3 of 12 months: October 2025 – December 2025.'
	});
	expect(fiscalYearTotals([month('2025-01', null)])[0]).toMatchObject({
		value: null,
		status: 'missing'
	});
});

test('calendar years add January–December; a year a file starts in October is incomplete', () => {
	const points = [...fiscalMonths(2019), ...fiscalMonths(2020)].map((p) => month(p, 1));
	expect(calendarYearTotals(points)).toEqual([
		{
			period: '2018',
			value: 3,
			status: 'final',
			incomplete: true,
			note: 'Only 3 of 12 months: October 2018 – December 2018.'
		},
		{ period: '2019', value: 12, status: 'final' },
		{
			period: '2020',
			value: 9,
			status: 'final',
			incomplete: true,
			note: 'Only 9 of 12 months: January 2020 – September 2020.'
		}
	]);
});

test('a year with a month missing in the middle names each run of months it has', () => {
	const points = fiscalMonths(2025).map((p) => month(p, p === '2025-03' ? null : 2));
	expect(calendarYearTotals(points).find((p) => p.period === '2025')).toMatchObject({
		value: 16,
		incomplete: true,
		note: 'Only 8 of 12 months: January 2025 – February 2025, April 2025 – September 2025.'
	});
	expect(fiscalYearTotals(points)[0]).toMatchObject({
		value: 22,
		note: 'Only 11 of 12 months: October 2024 – February 2025, April 2025 – September 2025.'
	});
});
