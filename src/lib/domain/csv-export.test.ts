import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { toCsv, type CsvCell } from './csv-export';

/** What a spreadsheet would be handed for one cell. */
const one = (c: CsvCell) => Papa.parse<string[]>(toCsv(['x'], [[c]])).data[1]![0];

test.each<[CsvCell, string]>([
	['=1+1', "'=1+1"],
	['+1', "'+1"],
	['-1+2', "'-1+2"],
	['@SUM(A1:A9)', "'@SUM(A1:A9)"],
	['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
	['\t=1', "'\t=1"],
	['\r=1', "'\r=1"],
	['\0=1', "'\0=1"],
	['-', "'-"],
	['-5abc', "'-5abc"],
	['--5', "'--5"],
	['-5', '-5'],
	['-5.25', '-5.25'],
	['-1,234', '-1,234'],
	['-1,23', "'-1,23"],
	[-5, '-5'],
	[-0.5, '-0.5'],
	[74091, '74091'],
	['Ohio', 'Ohio'],
	['a=b', 'a=b'],
	[' =1', ' =1'],
	[null, ''],
	[Number.NaN, ''],
	[Number.POSITIVE_INFINITY, '']
])('%j is written as %j', (cell, shown) => expect(one(cell)).toBe(shown));

test('headers are escaped too, and commas, quotes and line breaks are quoted', () => {
	const csv = toCsv(
		['Place', '=Deaths'],
		[
			['New York, NY', 'said "about" 5'],
			['Line\nbreak', null]
		]
	);
	expect(csv).toBe(`Place,"'=Deaths"\r\n"New York, NY","said ""about"" 5"\r\n"Line\nbreak",`);
	expect(Papa.parse(csv).data).toEqual([
		['Place', "'=Deaths"],
		['New York, NY', 'said "about" 5'],
		['Line\nbreak', '']
	]);
});

test('a short row ends in empty cells; an extra cell is not written', () => {
	expect(toCsv(['a', 'b'], [[1], [1, 2, 3]])).toBe('a,b\r\n1,\r\n1,2');
});
