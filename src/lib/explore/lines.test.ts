import { describe, expect, test } from 'vitest';
import { CTX } from '../../../tests/support/geography';
import type { Point } from '../domain/series';
import { chartLines, type LineChoices } from './lines';
import { packSeries, type Loaded } from './loaded';
import type { Mapping } from './mapping';
import { populationIndex } from './rates';

const g = CTX.geography;
const months = (values: (number | null)[], from = 2023): Point[] =>
	values.map((value, i) => ({
		period: `${from + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
		value,
		status: 'final'
	}));
const mapping = { label: 'ME deaths', value: { column: 2, kind: 'count' } } as Mapping;
const loaded = (points: Point[], unit = 'deaths'): Loaded => ({
	name: 'me.csv',
	bytes: 1,
	loadedAt: '',
	origin: { kind: 'mapped', mapping },
	data: packSeries('your-file', 'me.csv', {
		release: '',
		series: [{ dataset: 'your-file', measure: 'user.value', geo: '39035', unit, points }]
	}),
	rowsRead: points.length,
	skipped: [],
	problems: [],
	release: ''
});
const base: LineChoices = {
	key: 'user.value|',
	geo: '39035',
	twelveMonthSums: false,
	perCapita: false,
	population: null,
	overlay: null
};
const population = populationIndex([
	{
		dataset: 'census-population',
		measure: 'population',
		geo: '39035',
		unit: 'people',
		points: [{ period: '2024', value: 1_000_000, status: 'final' }]
	},
	{
		dataset: 'census-population',
		measure: 'population',
		geo: 'US',
		unit: 'people',
		points: [{ period: '2024', value: 300_000_000, status: 'final' }]
	}
]);
const usDeaths = {
	label: 'Overdose deaths',
	place: 'United States',
	geo: 'US',
	unit: 'deaths (12-month ending)',
	count: true,
	points: [{ period: '2024-12', value: 90_000, status: 'provisional' as const }]
};

describe('chartLines', () => {
	test('the person’s series for the chosen place, labelled as they named it', () => {
		const lines = chartLines(loaded(months([1, 2])), base, g)!;
		expect(lines.user).toMatchObject({
			label: 'ME deaths',
			place: 'county 39035 (Ohio)',
			unit: 'deaths'
		});
		expect(lines).toMatchObject({ overlay: null, notes: [], canSum: true, isCount: true });
	});

	test('monthly counts as 12-month totals, comparable with CDC’s 12-month-ending counts', () => {
		const lines = chartLines(
			loaded(months(Array(24).fill(10))),
			{ ...base, twelveMonthSums: true, overlay: usDeaths },
			g
		)!;
		expect(lines.user.unit).toBe('deaths (12-month ending)');
		expect(lines.user.points.at(-1)).toMatchObject({ period: '2024-12', value: 120 });
		expect(lines.overlay?.points).toEqual(usDeaths.points);
	});

	test('rates per 100,000 for both lines when the population is known', () => {
		const lines = chartLines(
			loaded(months(Array(24).fill(10))),
			{ ...base, twelveMonthSums: true, overlay: usDeaths, perCapita: true, population },
			g
		)!;
		expect(lines.user.points.at(-1)).toMatchObject({ value: 12 });
		expect(lines.user.unit).toBe('deaths per 100,000 people (12-month ending)');
		expect(lines.overlay?.points[0]).toMatchObject({ value: 30 });
	});

	const notes: [string, Partial<LineChoices>, RegExp][] = [
		['no population data at all', { perCapita: true }, /does not include: counts are shown/],
		[
			'no population for the place',
			{ perCapita: true, population: populationIndex([]) },
			/no population estimate for county 39035/
		],
		[
			'a yearly overlay for monthly data',
			{ overlay: { ...usDeaths, points: [{ period: '2024', value: 1, status: 'final' }] } },
			/cannot share a time axis/
		]
	];
	test.each(notes)('%s: says why', (_name, choices, note) => {
		const lines = chartLines(loaded(months([1, 2])), { ...base, ...choices }, g)!;
		expect(lines.notes).toEqual([expect.stringMatching(note)]);
	});

	test('12-month totals are not offered for data already in 12-month windows', () => {
		const lines = chartLines(
			loaded(months([1, 2]), 'deaths (12-month ending)'),
			{ ...base, twelveMonthSums: true },
			g
		)!;
		expect(lines.canSum).toBe(false);
		expect(lines.user.points).toHaveLength(2);
	});

	test('a place not in the file has no lines', () => {
		expect(chartLines(loaded(months([1])), { ...base, geo: 'TX' }, g)).toBeNull();
	});
});
