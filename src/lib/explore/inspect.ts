/**
 * The first look at a file that is not a known official dataset: where its
 * header is, and whether it can be read at all. Each problem a person can fix
 * (semicolons, no header, a web page, a wide table, no rows) becomes a
 * SourceError naming the row and saying what to do.
 */
import { shown } from '../sources/cells';
import { SourceError } from '../sources/types';
import { readMonth, readTwelveMonthEnding, readYearCell } from './dates';
import { readValue } from './values';

export interface Inspection {
	file: string;
	/** spreadsheet row number of the header */
	headerRow: number;
	header: string[];
	/** the first data rows, as parsed, for guessing the mapping and previewing it */
	sample: string[][];
	/** spreadsheet row number of sample[0] */
	firstRow: number;
	/** set when the file is nearly an official dataset: which one, and what it lacks */
	nearly?: string;
}

/** How many data rows the mapping step sees. */
export const SAMPLE_ROWS = 50;

const filled = (row: readonly string[]) => row.filter((c) => c.trim() !== '');
const isDate = (c: string) =>
	'period' in readMonth(c) || 'period' in readTwelveMonthEnding(c) || /^\d{4}$/.test(c.trim());
const isNumber = (c: string) => {
	const r = readValue(c, 'amount');
	return 'value' in r && r.value !== null;
};

const DELIMITERS: [string, string][] = [
	[';', 'semicolons'],
	['\t', 'tabs'],
	['|', 'vertical bars (|)']
];

function wrongDelimiter(
	file: string,
	row: readonly string[],
	rowNumber: number
): SourceError | null {
	const text = row.join(',');
	const commas = row.length - 1;
	for (const [d, name] of DELIMITERS) {
		const count = text.split(d).length - 1;
		if (count > 0 && count >= commas)
			return new SourceError(
				file,
				rowNumber,
				null,
				'values separated by commas',
				`values separated by ${name}`,
				'Save the file as comma-separated CSV: in Excel, File › Save As › “CSV UTF-8 (Comma delimited)”; in LibreOffice, choose “,” as the field delimiter.'
			);
	}
	return null;
}

function headerProblem(
	file: string,
	row: readonly string[],
	rowNumber: number
): SourceError | null {
	const cells = filled(row);
	const years = cells.filter((c) => 'period' in readYearCell(c)).length;
	if (years >= 3)
		return new SourceError(
			file,
			rowNumber,
			null,
			'one column for the date and one for the value',
			`${years} columns named after years`,
			'This page reads a long table: one row per place and period, with the date in one column and the value in another. Reshape the table (in Excel: Power Query › Unpivot Columns) and load it again.'
		);
	const dataLike = cells.filter((c) => isDate(c) || isNumber(c)).length;
	if (dataLike > 0 && dataLike >= cells.length / 2)
		return new SourceError(
			file,
			rowNumber,
			null,
			'a first row of column names',
			`a row of data (${cells.slice(0, 3).map(shown).join(', ')})`,
			'Add a first row that names each column, such as: month,state,deaths — then load the file again.'
		);
	return null;
}

/**
 * Finds the header among the first rows and checks the file can be mapped.
 * `complete` is true when `rows` is the whole file.
 */
export function inspectHead(
	file: string,
	rows: readonly string[][],
	complete: boolean
): Inspection {
	const start = rows.findIndex((r) => filled(r).length > 0);
	if (start < 0)
		throw new SourceError(
			file,
			null,
			null,
			'rows of data',
			'an empty file',
			'Check that you chose the right file.'
		);
	if (/^\s*<(!doctype|html|\?xml)/i.test(rows[start]![0] ?? ''))
		throw new SourceError(
			file,
			start + 1,
			null,
			'a CSV file',
			'a web page or XML',
			'The address may point to a page about the file rather than the file itself: look for a “Download CSV” link.'
		);
	// lines of title above the table hold a single cell; the header is the first wider row
	const at = rows.findIndex((r, i) => i >= start && filled(r).length >= 2);
	if (at < 0)
		throw (
			wrongDelimiter(file, rows[start]!, start + 1) ??
			new SourceError(
				file,
				start + 1,
				null,
				'at least two columns (a date and a value)',
				'a single column',
				'Save the file as comma-separated CSV with the date, the place and the value in columns of their own.'
			)
		);
	const header = rows[at]!;
	const problem = wrongDelimiter(file, header, at + 1) ?? headerProblem(file, header, at + 1);
	if (problem) throw problem;
	const sample = rows.slice(at + 1, at + 1 + SAMPLE_ROWS);
	if (complete && !sample.some((r) => filled(r).length))
		throw new SourceError(
			file,
			at + 1,
			null,
			'rows of data below the column names',
			'column names only',
			'The file holds no data: export it again with its rows.'
		);
	return { file, headerRow: at + 1, header: [...header], sample, firstRow: at + 2 };
}
