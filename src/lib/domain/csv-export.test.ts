import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { safeCell, toCsv } from './csv-export';

test.each([
	['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
	['+1+2', `'+1+2`],
	['-2+3', `'-2+3`],
	['@SUM(A1)', `'@SUM(A1)`],
	['\tcmd', `'\tcmd`],
	['\rcmd', `'\rcmd`],
	['Ohio', 'Ohio'],
	['', '']
])('text %j is written as %j', (cell, out) => expect(safeCell(cell)).toBe(out));

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
