import { expect, test } from 'vitest';
import { CTX } from '../../../tests/support/geography';
import type { Inspection } from './inspect';
import type { Mapping } from './mapping';
import { previewRows } from './preview';
import { guessMapping } from './guess';

const inspection: Inspection = {
	file: 'x.csv',
	headerRow: 1,
	header: ['Year', 'Month', 'State', 'Deaths'],
	sample: [
		['2024', 'June', 'Ohio', '1,234'],
		['', '', '', ''],
		['2024', 'July', 'Atlantis', '5'],
		['2024', 'August', 'Texas', '*'],
		['2024', 'September', 'Texas', '']
	],
	firstRow: 2
};

test('the guess reads a year column and a month column together, and state names', () => {
	expect(guessMapping(inspection, CTX.geography)).toMatchObject({
		date: { column: 0, kind: 'month', monthColumn: 1 },
		place: { kind: 'name', column: 2 },
		value: { column: 3, kind: 'count' },
		unit: 'deaths',
		label: 'Deaths'
	});
});

test('the preview shows each row as it will be read, with problems in their row', () => {
	const m: Mapping = guessMapping(inspection, CTX.geography);
	const rows = previewRows(inspection, m, CTX.geography);
	expect(
		rows.map((r) => [r.row, r.cells, 'problem' in r.read ? r.read.problem.reason : r.read])
	).toEqual([
		[
			2,
			{ date: '2024 June', place: 'Ohio', value: '1,234' },
			{ period: 'June 2024', place: 'Ohio', value: '1,234', status: 'Provisional' }
		],
		[
			4,
			{ date: '2024 July', place: 'Atlantis', value: '5' },
			'“Atlantis” is not the name of a US state'
		],
		[
			5,
			{ date: '2024 August', place: 'Texas', value: '*' },
			{ period: 'August 2024', place: 'Texas', value: '—', status: 'Suppressed (small count)' }
		],
		[
			6,
			{ date: '2024 September', place: 'Texas', value: '' },
			{ period: 'September 2024', place: 'Texas', value: '—', status: 'No value' }
		]
	]);
});

test('a 12-month-ending mapping labels periods as windows, and a fixed place applies to every row', () => {
	const m: Mapping = {
		...guessMapping(inspection, CTX.geography),
		date: { column: 0, kind: 'twelve-month-ending', order: 'month-first' },
		place: { kind: 'fixed', geo: '39035' }
	};
	const only = { ...inspection, sample: [['Jun 2024', '', '', '7']] };
	expect(previewRows(only, m, CTX.geography)[0]?.read).toEqual({
		period: '12 months ending June 2024',
		place: 'county 39035 (Ohio)',
		value: '7',
		status: 'Provisional'
	});
});
