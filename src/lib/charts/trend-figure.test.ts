import { expect, test } from 'vitest';
import type { Point } from '../domain/series';
import type { TrendChoice } from '../domain/trend-measures';
import type { PlaceLines } from '../domain/trend-series';
import { buildTrendConfig } from './trend-config';
import { buildFigure, listWords, unitWords, type FigureInput } from './trend-figure';

const pts = (start: number, values: (number | null)[], extra: Partial<Point> = {}): Point[] =>
	values.map((v, i) => ({
		period: `${start + i}-06`,
		value: v,
		status: v === null ? 'missing' : 'provisional',
		...extra
	}));
const choice: TrendChoice = {
	key: 'cdc-vsrr-state:deaths.all-drugs',
	dataset: 'cdc-vsrr-state',
	measure: 'deaths.all-drugs',
	label: 'Drug overdose deaths, all drugs',
	group: 'CDC',
	kind: 'count',
	additive: true,
	diedOf: 'a drug overdose'
};
const ohio: PlaceLines = {
	place: { code: 'OH', name: 'Ohio' },
	reported: pts(2021, [5_000, 4_800, 4_000]),
	predicted: pts(2021, [5_000, 4_900, 4_300]),
	pending: pts(2021, [0, 0.1, 1.2]),
	releases: ['2025-04'],
	notes: []
};
const region: PlaceLines = {
	place: { code: 'hhs-5', name: 'HHS Region 5', members: ['IL', 'OH'] },
	reported: pts(2021, [12_000, null, 11_000]),
	predicted: pts(2021, [12_100, 12_300, 11_900]),
	releases: ['2025-04'],
	notes: []
};
const nothing: PlaceLines = {
	place: { code: 'PA', name: 'Pennsylvania' },
	reported: null,
	releases: [],
	notes: ['This dataset has no values for Pennsylvania.']
};
const input: FigureInput = {
	choice,
	lines: [ohio, region, nothing],
	unit: 'deaths (12-month ending)',
	rate: false
};

test('the title names the measure, every place and the periods shown', () => {
	expect(buildFigure({ ...input, from: '2022-01' }).title).toBe(
		'Drug overdose deaths, all drugs: Ohio, HHS Region 5 and Pennsylvania, Jun 2022 to Jun 2023'
	);
	expect(listWords(['A'])).toBe('A');
});

test('one chart: a coloured line per place, its predicted line dashed in the same colour', () => {
	const f = buildFigure(input);
	const c = buildTrendConfig(f.together);
	expect(c.data.datasets.map((d) => d.label)).toEqual([
		'Ohio',
		'Ohio, predicted',
		'HHS Region 5',
		'HHS Region 5, predicted'
	]);
	expect(c.data.datasets[1]!.borderColor).toBe(c.data.datasets[0]!.borderColor);
	expect(c.data.datasets[2]!.data).toEqual([12_000, null, 11_000]);
	expect(c.options!.scales!.y!.title).toMatchObject({
		text: 'deaths in the 12 months ending each month'
	});
});

test('small multiples: one panel per place on one scale; a place without data says why', () => {
	const f = buildFigure({ ...input });
	expect(f.panels.map((p) => [p.id, p.spec?.yMax, p.empty])).toEqual([
		['OH', 15_000, undefined],
		['hhs-5', 15_000, undefined],
		['PA', undefined, 'This dataset has no values for Pennsylvania.']
	]);
	expect(f.columns).toBe(3);
	expect(f.panels[0]!.spec).toMatchObject({ legend: false, xTicks: 4, unit: 'deaths' });
});

test('the table has a column set per place with data, and the notes explain the gaps', () => {
	const f = buildFigure(input);
	expect(f.table.columns.map((c) => c.label)).toEqual([
		'12 months ending',
		'Ohio, reported deaths',
		'Ohio, predicted deaths',
		'Ohio, % pending investigation',
		'Ohio, status',
		'HHS Region 5, reported deaths',
		'HHS Region 5, predicted deaths',
		'HHS Region 5, status'
	]);
	expect(f.notes).toEqual([
		'This dataset has no values for Pennsylvania.',
		'Percent pending investigation is published for each state, not for regions or groups.'
	]);
});

test('rates: the axis and table say per 100,000 and show a decimal', () => {
	const f = buildFigure({ ...input, lines: [ohio], rate: true });
	expect(f.together.unit).toBe('deaths per 100,000 people (crude rate)');
	expect(f.table.columns[1]).toMatchObject({ label: 'Reported deaths per 100,000', digits: 1 });
	expect(f.title).toMatch(
		/^Drug overdose deaths, all drugs per 100,000 people \(crude rate\): Ohio/
	);
	expect(f.summary).toMatch(/all drugs \(crude rates\): Ohio 4,000 per 100,000 people/);
});

test('series from different releases are named as such', () => {
	const old = { ...region, releases: ['2018-11'] };
	expect(buildFigure({ ...input, lines: [ohio, old] }).notes).toContain(
		'These series come from different releases of the data: Ohio through April 2025; HHS Region 5 through November 2018.'
	);
});

test('a place whose values are all gaps in the range gets a note, not an empty line or columns', () => {
	const gaps: PlaceLines = {
		place: { code: 'hhs-3', name: 'HHS Region 3', members: ['PA', 'VA'] },
		reported: pts(2021, [null, null]),
		releases: [],
		notes: []
	};
	const f = buildFigure({ ...input, lines: [ohio, gaps] });
	expect(f.table.columns.some((c) => c.label.startsWith('HHS Region 3'))).toBe(false);
	expect(f.notes).toContain('HHS Region 3 has no values in the periods shown.');
	expect(f.panels[1]).toMatchObject({
		spec: null,
		empty: 'HHS Region 3 has no values in the periods shown.'
	});
});

test.each([
	['deaths (12-month ending)', false, 'deaths in the 12 months ending each month', 'deaths'],
	[
		'deaths (12-month ending)',
		true,
		'deaths per 100,000 people (crude rate)',
		'deaths per 100,000'
	],
	[
		'deaths in the calendar year',
		true,
		'deaths per 100,000 people in the calendar year (crude rate)',
		'deaths per 100,000'
	],
	[
		'suspected overdose ED visits per 10,000 ED visits in the 12 months ending in the month',
		false,
		'suspected overdose ED visits per 10,000 ED visits',
		'suspected overdose ED visits per 10,000 ED visits in the 12 months ending in the month'
	]
])('the unit %s (rate: %s) reads "%s" on the axis', (unit, rate, axis, short) => {
	expect(unitWords(unit, rate)).toEqual({ axis, short });
});

test('the region caveat applies only when a region or group is drawn', () => {
	expect(buildFigure(input).regionsDrawn).toBe(true);
	const refused: PlaceLines = { ...nothing, place: region.place, notes: ['do not add up'] };
	expect(buildFigure({ ...input, lines: [ohio, refused] }).regionsDrawn).toBe(false);
});
