import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { csvCell, toCsv, type CsvCell } from './csv-export';

describe('csvCell', () => {
	const cases: [string, Parameters<typeof csvCell>[0], string][] = [
		['a plain word', 'Ohio', 'Ohio'],
		['a number', 1234, '1234'],
		['a negative number', -5, '-5'],
		['a negative number as text', '-5', '-5'],
		['a signed decimal as text', '+1.5', '+1.5'],
		['an exponent', '1e5', '1e5'],
		['blank', null, ''],
		['undefined', undefined, ''],
		['not a finite number', Number.NaN, ''],
		['a formula', '=1+2', "'=1+2"],
		[
			'a formula that calls out',
			'=HYPERLINK("http://x","y")',
			'"\'=HYPERLINK(""http://x"",""y"")"'
		],
		['a plus formula', '+A1', "'+A1"],
		['a minus formula', '-2+3', "'-2+3"],
		['an at formula', '@SUM(A1)', "'@SUM(A1)"],
		['a leading tab', '\tx', "'\tx"],
		['a leading carriage return', '\rx', '"\'\rx"'],
		['a comma', 'a,b', '"a,b"'],
		['a quote', 'say "hi"', '"say ""hi"""'],
		['a newline', 'a\nb', '"a\nb"'],
		['a dash in the middle', '2024-06', '2024-06']
	];
	test.each(cases)('%s', (_name, input, expected) => {
		expect(csvCell(input)).toBe(expected);
	});
});

describe('toCsv', () => {
	test('writes a header and rows that papaparse reads back as the same text', () => {
		const rows = [
			['2024-06', 'OH', 12, 'deaths', 'final'],
			['2024-07', '=cmd|"/c calc"!A1', null, 'a, b', 'missing']
		];
		const csv = toCsv(['period', 'geo', 'value', 'unit', 'status'], rows);
		expect(csv.endsWith('\r\n')).toBe(true);
		const back = Papa.parse<string[]>(csv.trim(), { delimiter: ',' }).data;
		expect(back).toEqual([
			['period', 'geo', 'value', 'unit', 'status'],
			['2024-06', 'OH', '12', 'deaths', 'final'],
			['2024-07', '\'=cmd|"/c calc"!A1', '', 'a, b', 'missing']
		]);
	});

	test('neutralizes a hostile column name too', () => {
		expect(toCsv(['=evil()'], []).split('\r\n')[0]).toBe("'=evil()");
	});
});

test('numbers stay numbers, negative ones included; gaps are empty, never 0', () => {
	const csv = toCsv(
		['place', 'value'],
		[
			['Washington, D.C.', -3],
			['Ohio', null]
		]
	);
	expect(Papa.parse<string[]>(csv.trim()).data).toEqual([
		['place', 'value'],
		['Washington, D.C.', '-3'],
		['Ohio', '']
	]);
});

// Formula injection, as a spreadsheet would be handed each cell: whatever a
// spreadsheet would run starts with ' in the file; numbers, and text that is
// only a number, stay as they are.
const one = (c: CsvCell) => Papa.parse<string[]>(toCsv(['x'], [[c]])).data[1]![0];

test.each<[CsvCell, string]>([
	['=1+1', "'=1+1"],
	['+1+2', "'+1+2"],
	['@SUM(A1:A9)', "'@SUM(A1:A9)"],
	['\t=1', "'\t=1"],
	['\r=1', "'\r=1"],
	['-', "'-"],
	['-5abc', "'-5abc"],
	['--5', "'--5"],
	['-1,234', "'-1,234"],
	['-5.25', '-5.25'],
	[-0.5, '-0.5'],
	['a=b', 'a=b'],
	[' =1', ' =1'],
	[Number.POSITIVE_INFINITY, '']
])('formula injection: %j is written as %j', (cell, shown) => expect(one(cell)).toBe(shown));
