import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { safeCell, toCsv, type Cell } from './csv-export';

/** What a spreadsheet would be handed for one cell. */
const one = (c: Cell) => Papa.parse<string[]>(toCsv(['x'], [[c]])).data[1]![0];

// Formula injection: a text cell a spreadsheet would run starts with ' in the file.
test.each<[Cell, string]>([
	['=1+1', "'=1+1"],
	['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
	['+1+2', "'+1+2"],
	['-2+3', "'-2+3"],
	['@SUM(A1:A9)', "'@SUM(A1:A9)"],
	['\t=1', "'\t=1"],
	['\tcmd', "'\tcmd"],
	['\r=1', "'\r=1"],
	['\rcmd', "'\rcmd"],
	['-', "'-"],
	['-5abc', "'-5abc"],
	['--5', "'--5"],
	[-5, '-5'],
	[-0.5, '-0.5'],
	[74091, '74091'],
	['Ohio', 'Ohio'],
	['', ''],
	['a=b', 'a=b'],
	[' =1', ' =1'],
	[null, ''],
	[Number.NaN, ''],
	[Number.POSITIVE_INFINITY, '']
])('%j is written as %j', (cell, shown) => expect(one(cell)).toBe(shown));

test('numbers stay numbers, negative ones included; gaps are empty', () => {
	expect(safeCell(-5)).toBe(-5);
	expect(safeCell(1234.5)).toBe(1234.5);
	expect(safeCell(null)).toBe('');
	expect(safeCell(NaN)).toBe('');
});

test('a CSV reads back to the same cells, with commas and quotes intact', () => {
	const csv = toCsv(
		['place', 'value'],
		[
			['Washington, D.C.', 12],
			['say "hi"', -3],
			['=1+1', null]
		]
	);
	expect(Papa.parse<string[]>(csv).data).toEqual([
		['place', 'value'],
		['Washington, D.C.', '12'],
		['say "hi"', '-3'],
		["'=1+1", '']
	]);
});

test('headers are neutralized too, and line breaks inside a cell are quoted', () => {
	const csv = toCsv(['Place', '=Deaths'], [['Line\nbreak', -3]]);
	expect(csv).toBe(`Place,'=Deaths\r\n"Line\nbreak",-3`);
});
