import { expect, test } from 'vitest';
import type { Point } from './series';
import { trendSummary, type SummaryOptions } from './trend-summary';

const pts = (entries: [string, number | null][]): Point[] =>
	entries.map(([period, value]) => ({
		period,
		value,
		status: value === null ? 'missing' : 'provisional'
	}));
const deaths: SummaryOptions = {
	label: 'Drug overdose deaths, all drugs',
	diedOf: 'a drug overdose',
	twelveMonth: true,
	rate: false
};

test('one place, counted: the sentence the overview uses', () => {
	const s = trendSummary(
		[
			{
				name: 'United States',
				points: pts([
					['2023-04', 100_000],
					['2024-04', 80_000]
				])
			}
		],
		deaths
	);
	expect(s).toBe(
		'In the 12 months ending April 2024, 80,000 people in the United States died of a drug overdose, down 20 % from the 12 months ending April 2023 (100,000).'
	);
});

test('several places: each gets its latest period (named when they differ) and its change from a year earlier', () => {
	const s = trendSummary(
		[
			{
				name: 'Ohio',
				points: pts([
					['2023-04', 5_000],
					['2024-04', 4_000]
				])
			},
			{
				name: 'HHS Region 5',
				points: pts([
					['2023-04', 20_000],
					['2024-04', null]
				])
			},
			{ name: 'Kentucky', points: pts([['2024-04', 2_000]]) }
		],
		deaths
	);
	expect(s).toBe(
		'Drug overdose deaths, all drugs: Ohio 4,000 in the 12 months ending April 2024, down 20 % from a year earlier; HHS Region 5 20,000 in the 12 months ending April 2023, no value a year earlier to compare; Kentucky 2,000 in the 12 months ending April 2024, no value a year earlier to compare.'
	);
});

test('rates say so, with one decimal', () => {
	const s = trendSummary(
		[
			{
				name: 'Ohio',
				points: pts([
					['2023-04', 40],
					['2024-04', 41.26]
				])
			},
			{
				name: 'Kentucky',
				points: pts([
					['2023-04', 30],
					['2024-04', 30]
				])
			}
		],
		{ ...deaths, rate: true }
	);
	expect(s).toBe(
		'In the 12 months ending April 2024, drug overdose deaths, all drugs (crude rates): Ohio 41.3 per 100,000 people, up 3.1 % from a year earlier; Kentucky 30 per 100,000 people, about the same as a year earlier.'
	);
});

test('a place with no value at all says so', () => {
	expect(
		trendSummary(
			[
				{ name: 'Pennsylvania', points: [] },
				{ name: 'Ohio', points: [] }
			],
			deaths
		)
	).toBe('Drug overdose deaths, all drugs: Pennsylvania: no value; Ohio: no value.');
});

test('a published rate keeps its decimals', () => {
	const s = trendSummary(
		[
			{
				name: 'Ohio',
				points: pts([
					['2024-06', 1.62],
					['2025-06', 1.21]
				])
			}
		],
		{ label: 'Suspected overdoses per 10,000 ED visits', twelveMonth: true, rate: false, digits: 2 }
	);
	expect(s).toBe(
		'In the 12 months ending June 2025, suspected overdoses per 10,000 ED visits: Ohio 1.21, down 25 % from a year earlier.'
	);
});
