import { expect, test } from 'vitest';
import { populationFor, ratePer100k, regionRate } from './rates';
import type { Point } from './series';
import { calendarYears } from './twelve-month';

const pt = (period: string, value: number | null, extra: Partial<Point> = {}): Point => ({
	period,
	value,
	status: value === null ? 'missing' : 'final',
	...extra
});
const pop = new Map([
	['2023', 2_000_000],
	['2024', 2_500_000]
]);

test('a rate is the count over the same year’s population, per 100,000', () => {
	expect(ratePer100k([pt('2023', 500), pt('2024-06', 1000)], pop)).toEqual([
		{ period: '2023', value: 25, status: 'final' },
		{ period: '2024-06', value: 40, status: 'final' }
	]);
});

test('past the last estimate the latest population is reused, and the point says so', () => {
	const [p] = ratePer100k([pt('2025-01', 250)], pop);
	expect(p).toMatchObject({
		value: 10,
		note: 'No population estimate for 2025 yet; the 2024 estimate is used.'
	});
	expect(populationFor(pop, '2019')).toBeNull();
});

test('a suppressed count gives a range of rates; a gap stays a gap', () => {
	const [s, m] = ratePer100k(
		[pt('2023', null, { status: 'suppressed', low: 0, high: 9 }), pt('2024', null)],
		pop
	);
	expect(s).toMatchObject({ value: null, status: 'suppressed', low: 0, high: 0.45 });
	expect(m).toMatchObject({ value: null, status: 'missing' });
});

test('a region’s rate is summed counts over summed populations, not an average of rates', () => {
	// A: 100 deaths / 100,000 people = 100; B: 10 / 900,000 = 1.1; average of rates would be 50.6
	const [r] = regionRate([
		{ geo: 'A', points: [pt('2024', 100)], population: [pt('2024', 100_000)] },
		{ geo: 'B', points: [pt('2024', 10)], population: [pt('2024', 900_000)] }
	]);
	expect(r!.value).toBe(11);
});

test('calendar years come from the December 12-month-ending period only', () => {
	expect(
		calendarYears([pt('2023-11', 5), pt('2023-12', 7), pt('2024-12', 9)]).map((p) => [
			p.period,
			p.value
		])
	).toEqual([
		['2023', 7],
		['2024', 9]
	]);
});
