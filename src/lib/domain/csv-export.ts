/**
 * CSV downloads of what a chart shows, safe to open in a spreadsheet.
 *
 * Excel, LibreOffice and Google Sheets run a cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return as a formula, even inside quotes (OWASP
 * "CSV injection"; ASVS 1.2.10 adds NUL). Place names and footnotes come from
 * files we do not control, so every text cell starting with one of those is
 * prefixed with `'`, which spreadsheets read as "this is text" and hide.
 *
 * Numbers are never touched: a JavaScript number is written as a number, and
 * so is text that is exactly a negative decimal ('-5', '-1.25', '-1,234'), so
 * a year-over-year change still sorts and sums in the spreadsheet. A
 * non-finite number (NaN) is written as an empty cell, never as text.
 *
 * The text is RFC 4180 (quoted where needed, CRLF line ends) without a
 * byte-order mark; a download that should open in Excel with accents intact
 * prepends CSV_BOM to the Blob.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | null;

export const CSV_BOM = '\uFEFF';

/** A formula trigger at the start, unless the whole cell is a plain negative number. */
const FORMULA = /^(?!-(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$)[=+\-@\t\r\0]/;

const cell = (c: CsvCell): CsvCell => (typeof c === 'number' && !Number.isFinite(c) ? null : c);

/** The columns' names, then one line per row; rows shorter than the header end in empty cells. */
export function toCsv(columns: string[], rows: CsvCell[][]): string {
	return Papa.unparse(
		{ fields: columns, data: rows.map((r) => columns.map((_, i) => cell(r[i] ?? null))) },
		{ escapeFormulae: FORMULA, newline: '\r\n', quotes: false }
	);
}
