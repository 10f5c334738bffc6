import { expect, test } from 'vitest';
import { cellText } from '../charts/table-data';
import type { Point } from '../domain/series';
import { digitsFor, exploreView, type ViewLine } from './view';

const p = (
	period: string,
	value: number | null,
	status: Point['status'] = 'provisional'
): Point => ({
	period,
	value,
	status
});
const user: ViewLine = {
	label: 'Overdose deaths',
	place: 'county 39035 (Ohio)',
	unit: 'deaths (12-month ending)',
	points: [p('2023-06', 400), p('2024-05', null, 'suppressed'), p('2024-06', 300)]
};
const us: ViewLine = {
	label: 'Overdose deaths involving synthetic opioids',
	place: 'United States',
	unit: 'deaths (12-month ending)',
	points: [p('2023-06', 70_000), p('2024-06', 50_000)]
};

/** The table as a reader sees it. */
const shown = (v: ReturnType<typeof exploreView>) =>
	v.table.rows.map((r) => r.cells.map((c, i) => cellText(c, v.table.columns[i])));

test('alone: one line, the table newest first, a sentence with the year-over-year change', () => {
	const v = exploreView(user, null);
	expect(v.title).toBe('Overdose deaths, county 39035 (Ohio)');
	expect(v.summary).toBe(
		'Overdose deaths, county 39035 (Ohio): 300 deaths in the 12 months ending June 2024, down 25 % from the 12 months ending June 2023 (400).'
	);
	expect(v.spec.lines).toHaveLength(1);
	expect(v.table.columns.map((c) => c.label)).toEqual([
		'12 months ending',
		'Overdose deaths, county 39035 (Ohio) (deaths (12-month ending))',
		'Status'
	]);
	expect(shown(v)).toEqual([
		['June 2024', '300', 'Provisional'],
		['May 2024', '—', 'Suppressed (small count)'],
		['June 2023', '400', 'Provisional']
	]);
});

test('beside a series of the same unit: one scale, both in the table', () => {
	const v = exploreView(user, us);
	expect(v.spec.unit2).toBeUndefined();
	expect(v.spec.lines.map((l) => l.axis)).toEqual(['y', 'y']);
	expect(shown(v)[0]).toEqual(['June 2024', '300', 'Provisional', '50,000', 'Provisional']);
	expect(shown(v)[1]).toEqual(['May 2024', '—', 'Suppressed (small count)', '—', 'No value']);
	expect(new Set(v.table.columns.map((c) => c.label)).size).toBe(v.table.columns.length);
});

test('beside a series of another unit: a second scale on the right', () => {
	const v = exploreView(user, { ...us, unit: 'deaths per 100,000 people' });
	expect(v.spec.unit2).toBe('deaths per 100,000 people');
	expect(v.spec.lines.map((l) => l.axis)).toEqual(['y', 'y2']);
});

test.each([
	[[1, 2, 3], 0],
	[[1.5, 2], 2],
	[[15.25, 2], 1],
	[[], 0]
])('digitsFor %j', (values, digits) => {
	expect(digitsFor(values.map((v, i) => p(`2024-0${i + 1}`, v)))).toBe(digits);
});
