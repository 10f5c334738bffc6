import type { LegendItem } from 'chart.js';
import { expect, test } from 'vitest';
import type { Point } from '../domain/series';
import {
	buildTrendConfig,
	incompleteBand,
	translucent,
	type TrendLine,
	type TrendSpec
} from './trend-config';

const pt = (period: string, value: number | null, extra: Partial<Point> = {}): Point => ({
	period,
	value,
	status: value === null ? 'missing' : 'provisional',
	...extra
});
const reported: TrendLine = {
	label: 'Reported',
	color: '#1f4e79',
	points: [pt('2024-01', 100), pt('2024-02', null), pt('2024-03', 90, { incomplete: true })]
};
const predicted: TrendLine = {
	label: 'Predicted',
	color: '#b3541e',
	dashed: true,
	bandToPrevious: true,
	points: [pt('2024-01', 100), pt('2024-02', 104), pt('2024-03', 99, { incomplete: true })]
};

test('a gap is drawn as a break in the line, never as zero', () => {
	const c = buildTrendConfig({ unit: 'deaths', lines: [reported] });
	expect(c.data.datasets[0]!.data).toEqual([100, null, 90]);
	expect(c.data.datasets[0]!.spanGaps).toBe(false);
});

test('the predicted line shades the band down to the reported line, in its own colour', () => {
	const c = buildTrendConfig({ unit: 'deaths', lines: [reported, predicted] });
	const band = translucent('#b3541e');
	expect(band).toBe('rgba(179, 84, 30, 0.15)');
	expect(c.data.datasets[1]!.fill).toEqual({ target: '-1', above: band, below: band });
	expect(c.data.datasets[0]!.fill).toBe(false);
});

test('underreported months are shaded as one labelled box', () => {
	expect(incompleteBand(['2024-01', '2024-02', '2024-03'], [reported])).toEqual({ from: 2, to: 2 });
	const c = buildTrendConfig({
		unit: 'deaths',
		lines: [reported],
		incompleteLabel: 'Underreported'
	});
	expect(c.options?.plugins?.shade?.boxes).toEqual([{ from: 2, to: 2, label: 'Underreported' }]);
});

test('a total known only as a range is marked by its lowest and highest value, outside the legend', () => {
	const ranged: TrendLine = {
		label: 'Your group',
		color: '#117733',
		ranges: true,
		points: [pt('2024-01', 40), pt('2024-02', null, { status: 'suppressed', low: 31, high: 39 })]
	};
	const c = buildTrendConfig({ unit: 'deaths', lines: [ranged] });
	expect(c.data.datasets.map((d) => [d.label, d.data])).toEqual([
		['Your group', [40, null]],
		['Your group, lowest possible', [null, 31]],
		['Your group, highest possible', [null, 39]]
	]);
	const filter = c.options!.plugins!.legend!.labels!.filter!;
	const shown = [0, 1, 2].filter((i) => filter({ datasetIndex: i } as LegendItem, c.data));
	expect(shown).toEqual([0]);
});

test('tooltips print rates with their decimals and a gap as "no value"', () => {
	const c = buildTrendConfig({ unit: 'per 100,000', lines: [reported], digits: 1 });
	const label = c.options!.plugins!.tooltip!.callbacks!.label! as (item: unknown) => string;
	expect(label({ dataset: { label: 'Ohio' }, raw: 31.26 })).toBe('Ohio: 31.3');
	expect(label({ dataset: { label: 'Ohio' }, raw: null })).toBe('Ohio: no value');
});

const y2Spec: TrendSpec = {
	unit: 'deaths',
	lines: [
		{
			label: 'Yours',
			color: '#000',
			points: [
				{ period: '2024-01', value: 3, status: 'final' },
				{ period: '2024-02', value: null, status: 'suppressed' }
			]
		}
	]
};

test('a gap is drawn as a gap on one left-hand scale', () => {
	const c = buildTrendConfig(y2Spec);
	expect(c.data.datasets[0]).toMatchObject({ data: [3, null], yAxisID: 'y', spanGaps: false });
	expect(c.options?.scales?.y2).toBeUndefined();
});

test('a line of another unit gets a second scale on the right, titled with its unit', () => {
	const c = buildTrendConfig({
		...y2Spec,
		unit2: 'deaths per 100,000 people',
		lines: [
			...y2Spec.lines,
			{
				label: 'US',
				color: '#111',
				axis: 'y2',
				points: [{ period: '2024-02', value: 30, status: 'final' }]
			}
		]
	});
	expect(c.data.labels).toEqual(['Jan 2024', 'Feb 2024']);
	expect(c.data.datasets[1]).toMatchObject({ data: [null, 30], yAxisID: 'y2' });
	expect(c.options?.scales?.y2).toMatchObject({
		position: 'right',
		title: { display: true, text: 'deaths per 100,000 people' }
	});
});
