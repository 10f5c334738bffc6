import { expect, test } from 'vitest';
import type { Point } from '../domain/series';
import { snapshot } from '../domain/snapshot';
import { mapTable } from './map-table';

const pt = (period: string, value: number | null, extra: Partial<Point> = {}): Point => ({
	period,
	value,
	status: value === null ? 'missing' : 'provisional',
	...extra
});

const places = snapshot(
	[
		{ geo: 'OH', name: 'Ohio', points: [pt('2024-04', 4200), pt('2025-04', 2830)] },
		{
			geo: 'FL',
			name: 'Florida',
			points: [
				pt('2024-04', 6878),
				pt('2025-04', null, { note: 'Data not shown due to low data quality.' })
			]
		},
		{ geo: 'LA', name: 'Louisiana', points: [] }
	],
	'2025-04'
);

test('one row per place, by name, with both periods, the change and the status; gaps stay gaps', () => {
	const t = mapTable({ places, period: '2025-04', place: 'State', withRate: false });
	expect(t.columns.map((c) => c.label)).toEqual([
		'State',
		'Deaths, 12 months ending April 2025',
		'Deaths, 12 months ending April 2024',
		'Change in deaths',
		'Change (%)',
		'Status'
	]);
	expect(t.rows.map((r) => r.cells)).toEqual([
		['Florida', null, 6878, null, null, 'Not shown: low data quality'],
		['Louisiana', null, null, null, null, 'No data for this place'],
		['Ohio', 2830, 4200, -1370, -32.6, 'Provisional']
	]);
});

test('with population, a crude-rate column is added before the status', () => {
	const t = mapTable({ places, period: '2025-04', place: 'State', withRate: true });
	expect(t.columns.at(-2)?.label).toBe('Deaths per 100,000 people (crude rate), April 2025');
});
