/**
 * CSV for people to open in a spreadsheet. A text cell that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or carriage return)
 * gets a leading apostrophe; numbers are written as numbers, so -5 stays -5.
 */
import Papa from 'papaparse';

export type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell(cell: Cell): string | number {
	if (cell === null) return '';
	if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
	return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function toCsv(columns: string[], rows: Cell[][]): string {
	return Papa.unparse(
		{ fields: columns.map((c) => String(safeCell(c))), data: rows.map((r) => r.map(safeCell)) },
		{ newline: '\r\n', quotes: false, escapeFormulae: false }
	);
}
