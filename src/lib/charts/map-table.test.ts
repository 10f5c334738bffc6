import { expect, test } from 'vitest';
import type { Point } from '../domain/series';
import { snapshot } from '../domain/snapshot';
import { CTX } from '../../../tests/support/geography';
import { countyTable, mapTable } from './map-table';

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

test('the county table lists each county with its state and FIPS code, and says why a value is missing', () => {
	const points = new Map<string, Point>([
		['39035', pt('2024-12', 41.5)],
		['01001', pt('2024-12', null)]
	]);
	const t = countyTable({
		data: [
			{ id: '39035', code: '39035', name: 'Cuyahoga, OH', kind: 'value', value: 41.5, text: '' },
			{ id: '01001', code: '01001', name: 'Autauga, AL', kind: 'not-shown', value: null, text: '' }
		],
		period: '2024-12',
		label: 'Deaths per 100,000 people (crude rate)',
		digits: 1,
		geography: CTX.geography,
		points,
		gap: 'No rate: suppressed, not published or 0'
	});
	expect(t.columns.map((c) => c.label)).toEqual([
		'County',
		'State',
		'FIPS code',
		'Deaths per 100,000 people (crude rate), 12 months ending December 2024',
		'Status'
	]);
	expect(t.rows.map((r) => r.cells)).toEqual([
		['Autauga', 'AL', '01001', null, 'No rate: suppressed, not published or 0'],
		['Cuyahoga', 'OH', '39035', 41.5, 'Provisional']
	]);
});
