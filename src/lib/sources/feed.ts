/**
 * Turns a stream of parsed CSV rows into an adapter's result. Shared by the
 * pipeline (Node streams) and the browser (a worker parsing a user's file),
 * so both read official files the same way: the header found by content, rows
 * numbered as a spreadsheet would show them, blank lines passed over, and a
 * row with more cells than the header stopped with a message.
 */
import { shown } from './cells';
import { checkResult } from './check-result';
import { findHeader, missingColumns } from './detect';
import {
	SourceError,
	type CsvAdapter,
	type FileResult,
	type ReadContext,
	type RowSink
} from './types';

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** How many rows are read before deciding which dataset a file is. */
export const HEAD_ROWS = 8;

export interface Identified {
	adapter: CsvAdapter;
	headerRow: number;
}

function headerRowOf(adapter: CsvAdapter, head: readonly (readonly string[])[]): number {
	if (adapter.detect) return adapter.detect(head);
	for (const shape of adapter.headers) {
		const i = findHeader(head, shape);
		if (i >= 0) return i;
	}
	return -1;
}

export function identify(
	head: readonly (readonly string[])[],
	adapters: readonly CsvAdapter[]
): Identified | null {
	for (const adapter of adapters) {
		const headerRow = headerRowOf(adapter, head);
		if (headerRow >= 0) return { adapter, headerRow };
	}
	return null;
}

/** A file that is almost one of the datasets: which one, and the columns it lacks. */
export function nearMiss(
	head: readonly (readonly string[])[],
	adapters: readonly CsvAdapter[]
): { adapter: CsvAdapter; missing: string[]; row: number } | null {
	for (const adapter of adapters)
		for (const shape of adapter.headers) {
			const near = missingColumns(head, shape);
			if (near) return { adapter, ...near };
		}
	return null;
}

/** The error for a file whose header is not a known dataset's. */
export function unrecognized(
	file: string,
	head: readonly (readonly string[])[],
	adapters: readonly CsvAdapter[]
): SourceError {
	const near = nearMiss(head, adapters);
	if (near)
		return new SourceError(
			file,
			near.row + 1,
			near.missing[0]!,
			`the columns of ${near.adapter.title}, including ${near.missing.map((m) => `"${m}"`).join(', ')}`,
			`a header without ${near.missing.length > 1 ? 'them' : 'it'}`,
			'The source may have renamed or dropped a column; check the file against the official download.'
		);
	const first = head.find((r) => !isBlank(r)) ?? [];
	const separator =
		first.length === 1 ? ([';', '\t'].find((s) => first[0]!.includes(s)) ?? '') : '';
	const binary = head.some((r) => r.some((c) => c.includes('\0')));
	return new SourceError(
		file,
		head.length ? 1 : null,
		null,
		adapters.length === 1
			? `the header of ${adapters[0]!.title}`
			: 'the header of a dataset this dashboard knows',
		binary
			? 'binary data, not text'
			: head.length
				? `${first.length} column${first.length === 1 ? '' : 's'} starting ${shown(first.slice(0, 4).join(','))}`
				: 'an empty file',
		separator
			? `The values are separated by ${separator === ';' ? 'semicolons' : 'tabs'}; save the file as comma-separated CSV.`
			: 'Check that this is the official file, saved as comma-separated text.'
	);
}

/**
 * `columns()` cannot know where the header is and names row 1; below a
 * preamble, the header's real row is put in its place.
 */
function atHeaderRow<T>(headerRow: number, open: () => T): T {
	try {
		return open();
	} catch (e) {
		if (!(e instanceof SourceError) || e.row !== 1 || headerRow === 0) throw e;
		throw new SourceError(e.file, headerRow + 1, e.column, e.expected, e.found, e.hint);
	}
}

export class Feeder {
	private head: string[][] = [];
	private sink: RowSink | null = null;
	private width = 0;
	private rowNumber = 0;
	private fed = 0;
	private atFooter = false;
	identified: Identified | null = null;

	constructor(
		private readonly file: string,
		private readonly adapters: readonly CsvAdapter[],
		private readonly ctx: ReadContext,
		private readonly only?: CsvAdapter
	) {}

	/** Feeds parsed rows in file order. */
	rows(rows: readonly string[][]): void {
		for (const cells of rows) {
			if (this.atFooter) return;
			this.rowNumber++;
			if (!this.sink) {
				this.head.push(cells);
				if (this.head.length >= HEAD_ROWS) this.start();
				continue;
			}
			this.feed(cells, this.rowNumber);
		}
	}

	/** True once a blank line ended the data (`stopAtBlankLine`): the rest is a footer, unread. */
	get stopped(): boolean {
		return this.atFooter;
	}

	/** Rows read so far, the header and any preamble included. */
	get rowsSeen(): number {
		return this.rowNumber;
	}

	/**
	 * Decides now which dataset the file is, from the rows seen so far: before
	 * reporting a broken row near the top, a file that is no dataset at all
	 * (binary data, another table) is reported as that.
	 */
	settle(): void {
		if (!this.sink && this.head.length) this.start();
	}

	/** Ends the file and returns what the adapter made of it, checked. */
	end(): FileResult & Identified {
		if (!this.sink) this.start();
		if (!this.fed)
			throw new SourceError(
				this.file,
				this.identified!.headerRow + 2,
				null,
				'rows of data below the header',
				'the header and nothing else',
				'The download may have been cut short; download the file again.'
			);
		const result = checkResult({ ...this.sink!.end(), rowsRead: this.fed }, this.file, this.ctx);
		return { ...result, ...this.identified! };
	}

	private start(): void {
		const candidates = this.only ? [this.only] : this.adapters;
		const found = identify(this.head, candidates);
		if (!found) throw unrecognized(this.file, this.head, candidates);
		this.identified = found;
		const header = this.head[found.headerRow]!;
		this.width = header.length;
		const preamble = this.head.slice(0, found.headerRow);
		this.sink = atHeaderRow(found.headerRow, () =>
			found.adapter.open(header, this.file, this.ctx, preamble)
		);
		const rest = this.head.slice(found.headerRow + 1);
		const firstRow = found.headerRow + 2;
		this.head = [];
		rest.forEach((cells, i) => this.feed(cells, firstRow + i));
	}

	private feed(cells: readonly string[], row: number): void {
		if (this.atFooter) return;
		if (isBlank(cells)) {
			if (this.identified!.adapter.stopAtBlankLine) this.atFooter = true;
			return;
		}
		if (cells.length > this.width)
			throw new SourceError(
				this.file,
				row,
				null,
				`at most ${this.width} fields, as in the header`,
				`${cells.length} fields`,
				'A value may hold an unquoted comma.'
			);
		if (cells.length < this.width && !this.identified!.adapter.allowShortRows)
			throw new SourceError(
				this.file,
				row,
				null,
				`${this.width} fields, as in the header`,
				`${cells.length} fields`,
				'The row may be cut short; download the file again.'
			);
		this.fed++;
		this.sink!.row(cells, row);
	}
}
