import { expect, test } from 'vitest';
import { latestValued, yearOverYear } from './change';
import type { Point } from './series';

const months = (values: Record<string, number | null>): Point[] =>
	Object.entries(values).map(([period, value]) => ({
		period,
		value,
		status: value === null ? 'missing' : 'provisional'
	}));

test('compares a month with the same month a year earlier, never the month before', () => {
	const pts = months({ '2024-05': 900, '2024-06': 1000, '2025-05': 10, '2025-06': 800 });
	expect(yearOverYear(pts, '2025-06')).toEqual({
		period: '2025-06',
		previousPeriod: '2024-06',
		value: 800,
		previous: 1000,
		percent: -20
	});
});

test.each([
	['no value a year earlier', { '2025-06': 800 }],
	['a gap a year earlier', { '2024-06': null, '2025-06': 800 }],
	['a gap now', { '2024-06': 800, '2025-06': null }]
])('no change when there is %s', (_, values) => {
	expect(yearOverYear(months(values), '2025-06')).toBeNull();
});

test('a change from zero has no percentage', () => {
	expect(yearOverYear(months({ '2024': 0, '2025': 3 }), '2025')?.percent).toBeNull();
});

test('the latest valued point skips trailing gaps', () => {
	expect(latestValued(months({ '2025-01': 5, '2025-02': null }))?.period).toBe('2025-01');
	expect(latestValued(months({ '2025-02': null }))).toBeNull();
});
