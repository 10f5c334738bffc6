/**
 * The contract every official dataset's adapter fulfils. An adapter is pure:
 * the pipeline (Node) and the browser (a user's file) feed it the same rows.
 *
 * Rows arrive one at a time, already split into cells, so memory stays flat
 * however large the file: an adapter keeps normalized points, never raw rows.
 */
import type { SourcedSeries } from '../domain/dataset-file';
import type { Geography } from '../domain/geo';
import type { Series } from '../domain/series';

/** What an adapter may need besides the file: the geography (names and FIPS codes to USPS codes). */
export interface ReadContext {
	geography: Geography;
	/**
	 * When the file was retrieved (ISO date or timestamp): no period may begin
	 * after it. The pipeline passes the download or import time; without it,
	 * periods are checked only for being real ones.
	 */
	retrievedAt?: string;
}

export interface SourceInfo {
	/** names the folder, the output file and each series' `dataset` */
	id: string;
	title: string;
	publisher: string;
	/** the dataset's official page */
	url: string;
	/** where the pipeline downloads it from; absent when the agency offers no stable file URL */
	downloads?: readonly { url: string; name: string }[];
	license: string;
	/** a third party's product built from official data, not an official file */
	derived?: boolean;
	/** plain-language caveats shown beside its numbers */
	caveats: readonly string[];
	/**
	 * Series computed across the dataset's files once they are combined (e.g.
	 * CBP-wide totals that add two files); they are added to the output.
	 */
	derive?(series: readonly SourcedSeries[]): SourcedSeries[];
}

/** A row left out on purpose, counted by reason (e.g. "a region total, not a state"). */
export interface Skip {
	reason: string;
	count: number;
	/** spreadsheet row number (the header is row 1) of the first such row */
	firstRow: number;
}

export interface FileResult {
	series: Series[];
	rowsRead: number;
	skipped: Skip[];
	/** the last period the file covers, used to order releases */
	release: string;
}

/** What a RowSink makes of a file; whoever feeds it the rows counts them. */
export type SinkResult = Omit<FileResult, 'rowsRead'>;

export interface RowSink {
	/** `row` is the spreadsheet row number: the header is row 1 */
	row(cells: readonly string[], row: number): void;
	end(): SinkResult;
}

export interface CsvAdapter extends SourceInfo {
	format?: 'csv';
	/**
	 * The columns a header must hold, one list per official shape of the file
	 * (e.g. the CSV download and the API export). A file is recognized by its
	 * header, never its name.
	 */
	headers: readonly (readonly string[])[];
	/** Only where the header alone cannot tell: the header row's index among the first rows, or -1. */
	detect?(head: readonly (readonly string[])[]): number;
	/**
	 * Starts reading one file; throws SourceError when the header lacks a column.
	 * `preamble` holds the rows above the header (title lines such as KFF's
	 * "Timeframe: August 2025"), empty when the header is the first row.
	 */
	open(
		header: readonly string[],
		file: string,
		ctx: ReadContext,
		preamble: readonly (readonly string[])[]
	): RowSink;
	/**
	 * How several files of this dataset combine: 'newest-release' takes each
	 * series whole from the newest release that has it; 'concat' joins files
	 * that cover different periods.
	 */
	combine: 'newest-release' | 'concat';
	/** when true, the reader stops at the first blank line (files with a free-text footer) */
	stopAtBlankLine?: boolean;
	/** when true, rows may have fewer cells than the header (trailing empty cells left out) */
	allowShortRows?: boolean;
}

/**
 * A dataset published as JSON (a third party's derived product, where no
 * official file exists). The file is small and read whole.
 */
export interface JsonAdapter extends SourceInfo {
	format: 'json';
	/** true when the parsed JSON is this dataset's shape */
	detectJson(value: unknown): boolean;
	readJson(value: unknown, file: string, ctx: ReadContext): FileResult;
	combine: 'newest-release' | 'concat';
}

export type Adapter = CsvAdapter | JsonAdapter;

export const isJsonAdapter = (a: Adapter): a is JsonAdapter => a.format === 'json';
export const csvAdapters = (list: readonly Adapter[]): CsvAdapter[] =>
	list.filter((a): a is CsvAdapter => !isJsonAdapter(a));

export class SourceError extends Error {
	constructor(
		readonly file: string,
		readonly row: number | null,
		readonly column: string | null,
		readonly expected: string,
		readonly found: string,
		readonly hint = ''
	) {
		const where = [
			row === null ? null : `row ${row}`,
			column === null ? null : `column "${column}"`
		]
			.filter(Boolean)
			.join(', ');
		super(
			`${file}${where ? `, ${where}` : ''}: expected ${expected}, found ${found}.${hint ? ` ${hint}` : ''}`
		);
		this.name = 'SourceError';
	}
}
