import { expect, test } from 'vitest';
import Papa from 'papaparse';
import type { Series } from '../domain/series';
import { tidyCsv, tidyFileName } from './tidy';

const series = (geo: string, points: Series['points']): Series => ({
	dataset: 'your-file',
	measure: 'user.value',
	geo,
	unit: 'deaths',
	points
});

test('one row per place and period; a gap is an empty value with its status, never 0', () => {
	const csv = tidyCsv([
		series('OH', [
			{ period: '2024-01', value: 12, status: 'provisional' },
			{ period: '2024-02', value: null, status: 'suppressed', low: 0, high: 9 }
		]),
		series('39035', [{ period: '2024-01', value: 1038, status: 'final' }])
	]);
	expect(Papa.parse(csv.trim()).data).toEqual([
		['period', 'geo', 'value', 'unit', 'status'],
		['2024-01', '39035', '1038', 'deaths', 'final'],
		['2024-01', 'OH', '12', 'deaths', 'provisional'],
		['2024-02', 'OH', '', 'deaths', 'suppressed']
	]);
});

test('a hostile unit cannot become a formula in a spreadsheet', () => {
	const csv = tidyCsv([
		{ ...series('OH', [{ period: '2024', value: 1, status: 'final' }]), unit: '=HYPERLINK("x")' }
	]);
	expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
});

test.each([
	['deaths.csv', 'deaths-tidy.csv'],
	['https://example.org/data/od.csv?x=1', 'od-tidy.csv'],
	['<img src=x>.csv', 'img-src-x-tidy.csv'],
	['', 'data-tidy.csv']
])('tidyFileName(%j)', (name, expected) => {
	expect(tidyFileName(name)).toBe(expected);
});
