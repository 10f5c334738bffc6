import { expect, test } from 'vitest';
import { monthRange } from '$lib/domain/period';
import { selectSeizures } from '$lib/domain/seizure-series';
import { cbpPlace, DEFAULT_VIEW } from '$lib/domain/seizure-view';
import type { Point, Series } from '$lib/domain/series';
import { deathsFigure, seizureFigure } from './figures';

const months = monthRange('2022-10', '2024-09');
const series = (geo: string, value: number): Series => ({
	dataset: 'cbp-seizures',
	measure: 'seizures.fentanyl.lbs',
	geo,
	unit: 'lbs',
	points: months.map((period) => ({ period, value, status: 'final' }))
});
const data = ['cbp:all', 'cbp:all:ofo', 'cbp:all:usbp', 'cbp:all:amo'].map((g, i) =>
	series(g, i === 0 ? 10 : [8, 1.5, 0.5][i - 1]!)
);
const deaths: Point[] = monthRange('2022-01', '2024-12').map((period) => ({
	period,
	value: 1000,
	status: 'provisional'
}));

test('the deaths chart sits on the seizure chart’s periods, and its table says which 12 months', () => {
	const place = cbpPlace('cbp:all', [])!;
	const s = selectSeizures(DEFAULT_VIEW, place, data, []);
	const bars = seizureFigure(DEFAULT_VIEW, place, s);
	expect(bars.title).toBe(
		'Pounds of fentanyl seized by CBP, All CBP, by fiscal year (October–September): at ports of entry, between them, and by air and sea'
	);
	expect(bars.config.data.datasets.map((d) => d.data)).toEqual([
		[96, 96],
		[18, 18],
		[6, 6]
	]);
	const line = deathsFigure({
		deaths: { reported: deaths },
		place: 'the United States',
		grain: 'fy',
		periods: s.periods,
		diedOf: 'an overdose'
	});
	expect(line.config.data.labels).toEqual(bars.config.data.labels);
	expect(line.table.rows.map((r) => r.cells[0])).toEqual(['September 2024', 'September 2023']);
	expect(line.title).toContain('12 months ending each September (the fiscal year)');
});
