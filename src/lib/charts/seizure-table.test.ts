import { expect, test } from 'vitest';
import type { SeizureSelection } from '../domain/seizure-series';
import type { Point } from '../domain/series';
import { cleanAmount, halfYearWords, labReportTable, seizureTable } from './seizure-table';

const fy = (period: string, value: number | null, extra: Partial<Point> = {}): Point => ({
	period,
	value,
	status: value === null ? 'missing' : 'final',
	...extra
});

const selection: SeizureSelection = {
	parts: [
		{
			geo: 'cbp:all:ofo',
			label: 'At ports',
			points: [
				fy('FY2025', 10340.2),
				fy('FY2026', 5628, {
					status: 'provisional',
					incomplete: true,
					note: 'Only 7 of 12 months: October 2025 – April 2026.'
				})
			]
		},
		{ geo: 'cbp:all:amo', label: 'Air and sea', points: [fy('FY2025', 944)] }
	],
	total: { geo: 'cbp:all', label: 'Total', points: [fy('FY2025', 24182.340000000004)] },
	periods: ['FY2025', 'FY2026'],
	partial: ['FY2026'],
	absent: []
};

test('one column per part and the total, newest first, with each column’s notes', () => {
	const t = seizureTable(selection, { grain: 'fy', unit: 'lbs', digits: 3 });
	expect(t.columns.map((c) => c.label)).toEqual([
		'Fiscal year',
		'At ports (lbs)',
		'Air and sea (lbs)',
		'Total (lbs)',
		'Notes'
	]);
	expect(t.rows.map((r) => r.cells)).toEqual([
		[
			'FY2026',
			5628,
			null,
			null,
			'Provisional. At ports: Only 7 of 12 months: October 2025 – April 2026.'
		],
		['FY2025', 10340.2, 944, 24182.34, '']
	]);
});

test('a single total is named, and its notes need no column name', () => {
	const t = seizureTable(
		{ ...selection, parts: [], total: { ...selection.parts[0]!, label: 'Total' } },
		{ grain: 'fy', unit: 'lbs', digits: 3, totalLabel: 'All CBP' }
	);
	expect(t.columns.map((c) => c.label)).toEqual(['Fiscal year', 'All CBP (lbs)', 'Notes']);
	expect(t.rows[0]!.cells.at(-1)).toBe(
		'Provisional. Only 7 of 12 months: October 2025 – April 2026.'
	);
});

test.each([
	[24182.340000000004, 24182.34],
	[0.00066, 0.00066],
	[null, null],
	['1–9', '1–9']
])('the amount %s is written %s', (cell, clean) => expect(cleanAmount(cell)).toBe(clean));

test('lab reports: half years in words, incomplete periods say why', () => {
	expect(halfYearWords('2024-H2')).toBe('July – December 2024');
	const t = labReportTable([
		{ period: '2025-H1', value: 120, status: 'provisional' },
		{
			period: '2025-H2',
			value: 40,
			status: 'provisional',
			incomplete: true,
			note: 'Incomplete: labs report late.'
		}
	]);
	expect(t.rows.map((r) => r.cells)).toEqual([
		['July – December 2025', 40, 'Incomplete: labs report late.'],
		['January – June 2025', 120, 'Provisional']
	]);
});
