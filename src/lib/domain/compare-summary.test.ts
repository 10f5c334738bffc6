import { expect, test } from 'vitest';
import { comparisonSummary, listSummary } from './compare-summary';
import type { Point } from './series';

const pts = (values: [string, number | null, Partial<Point>?][]): Point[] =>
	values.map(([period, value, extra]) => ({
		period,
		value,
		status: value === null ? 'missing' : 'final',
		...extra
	}));
const inYear = (y: string) => `In ${y}`;

test('the first place’s latest value, with the others for the same period', () => {
	expect(
		comparisonSummary({
			when: inYear,
			what: 'the rate',
			unit: 'per 100 people',
			places: [
				{
					name: 'Ohio',
					points: pts([
						['2022', 1],
						['2023', 1.25]
					])
				},
				{ name: 'Division', points: pts([['2023', 1]]) },
				{ name: 'United States', points: pts([['2022', 2]]) }
			],
			digits: 2
		})
	).toBe('In 2023, the rate in Ohio was 1.25 per 100 people (Division: 1).');
});

test('an incomplete latest value says so; no value at all says so', () => {
	const s = comparisonSummary({
		when: inYear,
		what: 'the rate',
		unit: 'per 100 people',
		places: [{ name: 'Ohio', points: pts([['2023', 3, { incomplete: true }]]) }]
	});
	expect(s).toBe(
		'In 2023, the rate in Ohio was 3 per 100 people. The latest figure is incomplete and may rise.'
	);
	expect(
		comparisonSummary({
			when: inYear,
			what: 'the rate',
			unit: '',
			places: [{ name: 'Ohio', points: pts([['2023', null]]) }]
		})
	).toBe('There is no value of the rate for Ohio in these files.');
});

test('a list of values of the latest period any item has, gaps left out', () => {
	expect(
		listSummary({
			when: inYear,
			intro: 'deaths',
			items: [
				{
					name: 'cocaine',
					points: pts([
						['2022', 5],
						['2023', 1200]
					])
				},
				{ name: 'heroin', points: pts([['2022', 7]]) },
				{ name: 'meth', points: pts([['2023', 9, { incomplete: true }]]) }
			]
		})
	).toBe(
		'In 2023, deaths: cocaine 1,200; meth 9. This latest period is incomplete and its figures will rise.'
	);
});
