import { expect, test } from 'vitest';
import { buildScatterConfig, fittedSegment } from './scatter-config';

const points = [
	{ geo: 'OH', name: 'Ohio', x: 1, y: 10, selected: true },
	{ geo: 'WV', name: 'West Virginia', x: 3, y: 30 },
	{ geo: 'VT', name: 'Vermont', x: 2, y: 18 }
];

test('the fitted line spans the states’ x range', () => {
	expect(fittedSegment(points, { slope: 10, intercept: 0 })).toEqual([
		{ x: 1, y: 10 },
		{ x: 3, y: 30 }
	]);
	expect(fittedSegment(points, null)).toEqual([]);
});

test('highlighted states get their own dataset and a name label; the rest stay plain', () => {
	const picked: string[] = [];
	const c = buildScatterConfig({
		points,
		line: { slope: 10, intercept: 0 },
		xLabel: 'naloxone',
		yLabel: 'deaths',
		onPick: (g) => picked.push(g)
	});
	const [plain, selected, line] = c.data.datasets;
	expect(plain!.data.map((d) => d.geo)).toEqual(['WV', 'VT']);
	expect(selected!.data.map((d) => d.geo)).toEqual(['OH']);
	expect(line!.data).toHaveLength(2);
	expect(c.options!.plugins!.annotation!.annotations).toMatchObject({
		'name-OH': { type: 'label', content: 'Ohio', xValue: 1, yValue: 10 }
	});
	const label = c.options!.plugins!.tooltip!.callbacks!.label as (i: unknown) => string;
	expect(label({ raw: plain!.data[0] })).toBe('West Virginia: 3, 30');
	// a click on a state's point toggles it; a click on the line does nothing
	const click = c.options!.onClick as (e: unknown, els: unknown[], chart: unknown) => void;
	click({}, [{ datasetIndex: 0, index: 1 }], c);
	click({}, [{ datasetIndex: 2, index: 0 }], c);
	expect(picked).toEqual(['VT']);
});
