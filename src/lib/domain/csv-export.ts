/**
 * Writing a CSV for people to open in a spreadsheet. Cells are quoted as
 * RFC 4180 says, and a cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) gets a leading ' so it
 * stays text — unless it is a plain number such as -5 or +1.5, which is data.
 */

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as written in the file: neutralized, then quoted if needed. */
export function csvCell(cell: CsvCell): string {
	if (cell === null || cell === undefined) return '';
	let text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : cell;
	if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: a header row of column names, then one line per row, CRLF line ends. */
export function toCsv(columns: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
	const lines = [columns.map(csvCell).join(',')];
	for (const row of rows) lines.push(row.map(csvCell).join(','));
	return `${lines.join('\r\n')}\r\n`;
}
