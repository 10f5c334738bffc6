import { expect, test } from 'vitest';
import type { Point } from '../domain/series';
import { compareTable } from './compare-table';

const p = (period: string, value: number | null, extra: Partial<Point> = {}): Point => ({
	period,
	value,
	status: value === null ? 'missing' : 'provisional',
	...extra
});

test('one row per period, newest first; gaps are null and ranges are text, never 0', () => {
	const t = compareTable('Year', [
		{ label: 'Ohio', points: [p('2022', 5), p('2023', 7, { incomplete: true })] },
		{ label: 'US', points: [p('2023', null, { status: 'suppressed', low: 0, high: 9 })] },
		{ label: 'Division', points: undefined }
	]);
	expect(t.columns.map((c) => c.label)).toEqual([
		'Year',
		'Ohio',
		'US',
		'Division',
		'Status (Ohio)'
	]);
	expect(t.rows.map((r) => r.cells)).toEqual([
		['2023', 7, '0–9', null, 'Provisional, underreported (investigations pending)'],
		['2022', 5, null, null, 'Provisional']
	]);
});
