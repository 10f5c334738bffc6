import { expect, test } from 'vitest';
import { buildTrendConfig, type TrendSpec } from './trend-config';

const spec: TrendSpec = {
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
	const c = buildTrendConfig(spec);
	expect(c.data.datasets[0]).toMatchObject({ data: [3, null], yAxisID: 'y', spanGaps: false });
	expect(c.options?.scales?.y2).toBeUndefined();
});

test('a line of another unit gets a second scale on the right, titled with its unit', () => {
	const c = buildTrendConfig({
		...spec,
		unit2: 'deaths per 100,000 people',
		lines: [
			...spec.lines,
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
