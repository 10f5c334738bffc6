import { expect, test } from 'vitest';
import { monthRange } from './period';
import { alignDeaths, deathPeriodFor } from './seizure-deaths';
import type { Point } from './series';

test.each([
	['2025-09', 'fy', 'FY2025'],
	['2025-08', 'fy', null],
	['2024-12', 'cy', '2024'],
	['2024-09', 'cy', null],
	['2024-09', 'month', '2024-09']
] as const)('the 12 months ending %s stand for %s when the grain is %s', (month, grain, period) => {
	expect(deathPeriodFor(month, grain)).toBe(period);
});

const deaths: Point[] = monthRange('2018-01', '2026-01').map((period, i) => ({
	period,
	value: 1000 + i,
	status: 'provisional'
}));

test('fiscal years: the September counts inside the seizure chart’s years', () => {
	const { chart, months } = alignDeaths(deaths, 'fy', ['FY2019', 'FY2020', 'FY2026']);
	expect(chart.map((p) => [p.period, p.value])).toEqual([
		['FY2019', 1020],
		['FY2020', 1032]
	]);
	expect(months.map((p) => p.period)).toEqual(['2019-09', '2020-09']);
});

test('months: the same months as the seizure chart, no more', () => {
	const { chart } = alignDeaths(deaths, 'month', ['2025-12', '2026-01', '2026-02']);
	expect(chart.map((p) => p.period)).toEqual(['2025-12', '2026-01']);
});
