import { expect, test } from 'vitest';
import type { SourcedSeries } from './dataset-file';
import type { Point, Series } from './series';
import { placeLines, pointNotes, SeriesIndex, type Place } from './trend-series';

const source = { name: 'file.csv', sha256: 'x', release: '2025-04' };
const pts = (values: (number | null)[], extra: Partial<Point> = {}): Point[] =>
	values.map((v, i) => ({
		period: `2024-0${i + 1}`,
		value: v,
		status: v === null ? 'missing' : 'provisional',
		...extra
	}));
const series = (geo: string, points: Point[], variant?: string): SourcedSeries => ({
	dataset: 'cdc-vsrr-state',
	measure: 'deaths.all-drugs',
	...(variant ? { variant } : {}),
	geo,
	unit: 'deaths (12-month ending)',
	points,
	source
});
const idx = new SeriesIndex([
	series('OH', pts([100, 110])),
	series('OH', pts([120, 130]), 'predicted'),
	series('OH', pts([0.5, 2.5]), 'pct-pending'),
	series('KY', pts([50, null])),
	series('KY', pts([55, 60]), 'predicted')
]);
const popIdx = new SeriesIndex<Series>(
	['OH', 'KY'].map((geo) => ({
		dataset: 'census-population',
		measure: 'population',
		geo,
		unit: 'people',
		points: [{ period: '2024', value: geo === 'OH' ? 1_000_000 : 500_000, status: 'final' }]
	}))
);
const ohio: Place = { code: 'OH', name: 'Ohio' };
const group: Place = { code: 'custom:KY,OH', name: 'Your group', members: ['KY', 'OH'] };

test('a state gets its reported, predicted and pending lines as published', () => {
	const l = placeLines(ohio, idx, { additive: true });
	expect(l.reported!.map((p) => p.value)).toEqual([100, 110]);
	expect(l.predicted!.map((p) => p.value)).toEqual([120, 130]);
	expect(l.pending!.map((p) => p.value)).toEqual([0.5, 2.5]);
	expect(l.releases).toEqual(['2025-04']);
});

test('a region adds up its members, and a member’s gap makes the total a named gap', () => {
	const l = placeLines(group, idx, { additive: true });
	expect(l.reported).toMatchObject([
		{ value: 150 },
		{ value: null, status: 'missing', note: 'No value for KY.' }
	]);
	expect(l.predicted!.map((p) => p.value)).toEqual([175, 190]);
	expect(l.pending).toBeUndefined();
	expect(l.notes).toEqual([]);
	expect(pointNotes(l, l.reported!)).toEqual([
		'Your group: 1 of 2 periods have no total because a member state has no value (the table names it).'
	]);
});

test('a region with a member the dataset lacks says which one', () => {
	const l = placeLines({ code: 'x', name: 'Two states', members: ['OH', 'WV'] }, idx, {
		additive: true
	});
	expect(l.reported!.every((p) => p.value === null)).toBe(true);
	expect(l.notes[0]).toBe(
		'Two states adds up 2 states, but this dataset has no values for WV: the total is missing.'
	);
});

test('rates and percentages are never added up across states', () => {
	const l = placeLines(group, idx, { additive: false });
	expect(l.reported).toBeNull();
	expect(l.notes[0]).toMatch(/Only counts add up across states/);
});

test('a state’s rate is its count over its population, per 100,000', () => {
	const l = placeLines(ohio, idx, { additive: true, population: popIdx });
	expect(l.reported!.map((p) => p.value)).toEqual([10, 11]);
	expect(l.predicted!.map((p) => p.value)).toEqual([12, 13]);
});

test('a region’s rate is the summed count over the summed population, not an average of rates', () => {
	const l = placeLines(group, idx, { additive: true, population: popIdx });
	// (50 + 100) / (500,000 + 1,000,000) × 100,000 = 10; the mean of the two rates would be 10 too,
	// so check the predicted line, where they differ: (55 + 120) / 1.5 M = 11.667, mean = 11.5
	expect(l.reported![0]!.value).toBe(10);
	expect(l.predicted![0]!.value).toBeCloseTo(11.667, 3);
});

test('a place without population gets no rate, and says so', () => {
	const l = placeLines(
		{ code: 'YC', name: 'New York City' },
		new SeriesIndex([series('YC', pts([1]))]),
		{
			additive: true,
			population: popIdx
		}
	);
	expect(l).toMatchObject({
		reported: null,
		notes: ['There is no population estimate for New York City, so no rate.']
	});
});

test('a place the dataset does not cover says so', () => {
	expect(placeLines({ code: 'PA', name: 'Pennsylvania' }, idx, { additive: true }).notes).toEqual([
		'This dataset has no values for Pennsylvania.'
	]);
});

test('a rate that borrows the last population estimate says so once', () => {
	const later: Point[] = [
		{ period: '2025-01', value: 100, status: 'provisional' },
		{ period: '2025-02', value: 100, status: 'provisional' }
	];
	const l = placeLines(ohio, new SeriesIndex([series('OH', later)]), {
		additive: true,
		population: popIdx
	});
	expect(pointNotes(l, l.reported!)).toEqual([
		'No population estimate for 2025 yet; the 2024 estimate is used.'
	]);
});
