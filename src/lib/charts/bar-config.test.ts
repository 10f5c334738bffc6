import { expect, test } from 'vitest';
import type { Point } from '../domain/series';
import { alignedAxes, bands, buildBarConfig, Y_AXIS_WIDTH } from './bar-config';
import { buildTrendConfig } from './trend-config';

const pts = (values: Record<string, number | null>): Point[] =>
	Object.entries(values).map(([period, value]) => ({
		period,
		value,
		status: value === null ? 'missing' : 'final'
	}));

const ports = pts({ FY2024: 18900, FY2025: 10340, FY2026: 5628 });
const between = pts({ FY2024: 2989, FY2025: null });

test('stacked parts: one dataset per part, gaps as no bar, every period on the axis', () => {
	const c = buildBarConfig({
		unit: 'pounds',
		stacked: true,
		bars: [
			{ label: 'At ports', points: ports, color: '#111111' },
			{ label: 'Between ports', points: between, color: '#222222' }
		]
	});
	expect(c.type).toBe('bar');
	expect(c.data.labels).toEqual(['FY2024', 'FY2025', 'FY2026']);
	expect(c.data.datasets.map((d) => [d.label, d.data, d.stack])).toEqual([
		['At ports', [18900, 10340, 5628], 'parts'],
		['Between ports', [2989, null, null], 'parts']
	]);
	expect(c.options?.scales?.y).toMatchObject({ stacked: true, title: { text: 'pounds' } });
	expect(c.options?.plugins?.legend?.display).toBe(true);
});

test('one series: no legend, not stacked, months on the axis in words', () => {
	const c = buildBarConfig({
		unit: 'seizures',
		bars: [{ label: 'Total', points: pts({ '2025-01': 3, '2025-02': 0 }), color: '#111111' }]
	});
	expect(c.data.labels).toEqual(['Jan 2025', 'Feb 2025']);
	expect(c.data.datasets[0]!.data).toEqual([3, 0]);
	expect(c.options?.plugins?.legend?.display).toBe(false);
	expect(c.options?.scales?.x).toMatchObject({ stacked: false });
	expect(c.options?.plugins?.shade).toBeUndefined();
});

test('partial periods are shaded run by run, with their label', () => {
	expect(bands(['a', 'b', 'c', 'd', 'e'], ['b', 'c', 'e'])).toEqual([
		{ from: 1, to: 2 },
		{ from: 4, to: 4 }
	]);
	const c = buildBarConfig({
		unit: 'pounds',
		bars: [{ label: 'Total', points: ports, color: '#111111' }],
		partial: ['FY2026'],
		partialLabel: 'Year to date'
	});
	expect(c.options?.plugins?.shade?.boxes).toEqual([{ from: 2, to: 2, label: 'Year to date' }]);
});

test('a line chart aligned under a bar chart has the same slots and the same y-axis width', () => {
	const periods = ['FY2024', 'FY2025', 'FY2026'];
	const bars = alignedAxes(
		buildBarConfig({
			unit: 'pounds',
			periods,
			bars: [{ label: 'T', points: ports, color: '#111111' }]
		})
	);
	const line = alignedAxes(
		buildTrendConfig({
			unit: 'deaths',
			periods,
			lines: [{ label: 'Deaths', points: pts({ FY2024: 70000, FY2025: 45000 }), color: '#333333' }]
		})
	);
	expect(line.data.labels).toEqual(bars.data.labels);
	expect(line.data.datasets[0]!.data).toEqual([70000, 45000, null]);
	for (const c of [bars, line]) {
		expect(c.options?.scales?.x).toMatchObject({ offset: true });
		const axis = { width: 20 };
		(c.options?.scales?.y as { afterFit: (a: { width: number }) => void }).afterFit(axis);
		expect(axis.width).toBe(Y_AXIS_WIDTH);
	}
	expect(line.options?.scales?.y).toMatchObject({ beginAtZero: true, title: { text: 'deaths' } });
});
