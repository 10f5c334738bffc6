/**
 * CSV for people to open in a spreadsheet, written by papaparse's `unparse`
 * (RFC 4180 quoting, CRLF). A text cell that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) gets a leading '
 * so it stays text — unless it is a plain number such as -5 or +1.5, which is
 * data. Numbers are written as numbers; a gap is an empty cell, never 0.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | null | undefined;
/** a table cell: text, a number, or null for a gap */
export type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A cell's text before quoting: neutralized if a spreadsheet would run it. */
export function safeCell(cell: CsvCell): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
	return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

const unparse = (rows: string[][]) =>
	Papa.unparse(rows, { newline: '\r\n', quotes: false, escapeFormulae: false, header: false });

/** One cell as written in the file: neutralized, then quoted if needed. */
export function csvCell(cell: CsvCell): string {
	return unparse([[safeCell(cell)]]);
}

/** A whole file: a header row of column names, then one line per row, CRLF line ends. */
export function toCsv(columns: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
	const table = [columns.map(safeCell), ...[...rows].map((r) => r.map(safeCell))];
	return `${unparse(table)}\r\n`;
}
