import { expect, test } from 'vitest';
import type { Point } from '../domain/series';
import { deathTable } from './death-table';
import { trendTable, type TableOptions } from './trend-table';

const pt = (period: string, value: number | null, extra: Partial<Point> = {}): Point => ({
	period,
	value,
	status: value === null ? 'missing' : 'provisional',
	...extra
});
const vsrr: TableOptions = {
	periodLabel: '12 months ending',
	word: 'deaths',
	predicted: true,
	pending: true
};

test('one place reads like the death table: reported, predicted, pending, status; newest first', () => {
	const t = deathTable({
		reported: [pt('2024-01', 100), pt('2024-02', 90, { incomplete: true })],
		predicted: [pt('2024-01', 101), pt('2024-02', 99)],
		pending: [pt('2024-01', 0.1), pt('2024-02', 1.5)]
	});
	expect(t.columns.map((c) => c.label)).toEqual([
		'12 months ending',
		'Reported deaths',
		'Predicted deaths',
		'% pending investigation',
		'Status'
	]);
	expect(t.rows[0]).toEqual({
		key: '2024-02',
		cells: ['February 2024', 90, 99, 1.5, 'Provisional, underreported (investigations pending)']
	});
});

test('several places get their own columns, named by place; a place without pending has none', () => {
	const t = trendTable(
		[
			{ name: 'Ohio', reported: [pt('2024-01', 100)], pending: [pt('2024-01', 0.2)] },
			{
				name: 'HHS Region 5',
				reported: [pt('2024-01', null, { note: 'No value for MI.' })],
				predicted: [pt('2024-01', 500)]
			}
		],
		vsrr
	);
	expect(t.columns.map((c) => c.label)).toEqual([
		'12 months ending',
		'Ohio, reported deaths',
		'Ohio, % pending investigation',
		'Ohio, status',
		'HHS Region 5, reported deaths',
		'HHS Region 5, predicted deaths',
		'HHS Region 5, status'
	]);
	expect(t.rows[0]!.cells).toEqual([
		'January 2024',
		100,
		0.2,
		'Provisional',
		null,
		500,
		'No value for MI.'
	]);
});

test('a sum over suppressed counts prints as its range, never as a number or zero', () => {
	const t = trendTable(
		[
			{
				name: 'Your group',
				reported: [pt('2024-01', null, { status: 'suppressed', low: 31, high: 39 })]
			}
		],
		{ ...vsrr, predicted: false, pending: false }
	);
	expect(t.rows[0]!.cells).toEqual(['January 2024', '31–39', 'Suppressed (between 31 and 39)']);
	expect(t.columns[1]!.label).toBe('Deaths');
});

test('a place may lack a period another place has: its cells are gaps', () => {
	const t = trendTable(
		[
			{ name: 'US', reported: [pt('2025-04', 70_000)] },
			{ name: 'Connecticut', reported: [pt('2018-11', 1_000)] }
		],
		{ ...vsrr, predicted: false, pending: false }
	);
	expect(t.columns.map((c) => c.label)).toEqual([
		'12 months ending',
		'US',
		'US, status',
		'Connecticut',
		'Connecticut, status'
	]);
	expect(t.rows.map((r) => r.cells)).toEqual([
		['April 2025', 70_000, 'Provisional', null, 'No row in the source'],
		['November 2018', null, 'No row in the source', 1_000, 'Provisional']
	]);
});
