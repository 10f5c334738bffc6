/**
 * Decides what a dropped file is and reads it, row chunk by row chunk, as the
 * worker's parser hands them over. An official file (recognized by its header)
 * goes through its adapter with the pipeline's own Feeder; any other file
 * stops after its first rows so the person can map its columns, then is read
 * again through the mapping. Nothing here holds more than the first rows.
 */
import { Feeder, HEAD_ROWS, identify, nearMiss } from '../sources/feed';
import { SourceError, type CsvAdapter, type FileResult, type ReadContext } from '../sources/types';
import { inspectHead, SAMPLE_ROWS, type Inspection } from './inspect';
import { MappedReader, type MappedResult } from './mapped-reader';
import type { CountyIndex } from './county-match';
import { columnName, mappedColumns, type Mapping } from './mapping';

export type Outcome =
	| { kind: 'official'; adapter: CsvAdapter; result: FileResult }
	| { kind: 'mapped'; result: MappedResult }
	| { kind: 'needs-mapping'; inspection: Inspection };

export interface ReaderOptions {
	adapters: readonly CsvAdapter[];
	ctx: ReadContext;
	/** read the file through this mapping (the second pass of a user's file) */
	mapping?: Mapping;
	/** treat the file as the person's own data even if its header is an official one */
	ownData?: boolean;
	/** county names, for a mapping that reads them */
	counties?: CountyIndex;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

export class FileReader {
	private head: string[][] = [];
	private rowNumber = 0;
	private feeder: Feeder | null = null;
	private adapter: CsvAdapter | null = null;
	private mapped: { reader: MappedReader; header: string[] } | null = null;
	private inspection: Inspection | null = null;

	constructor(
		private readonly file: string,
		private readonly o: ReaderOptions
	) {}

	/** Takes the next rows; returns false once it has all it needs. */
	rows(rows: readonly string[][]): boolean {
		let i = 0;
		for (; i < rows.length && !this.feeder; i++) {
			const cells = rows[i]!;
			this.rowNumber++;
			if (this.mapped) this.mapRow(cells);
			else if (!this.decide(cells)) return false;
		}
		if (this.feeder && i < rows.length) this.feeder.rows(i ? rows.slice(i) : (rows as string[][]));
		return true;
	}

	/** Buffers the first rows until it can tell what the file is; false when done with the file. */
	private decide(cells: readonly string[]): boolean {
		this.head.push([...cells]);
		const m = this.o.mapping;
		if (m && this.head.length === m.headerRow) return (this.startMapped(m), true);
		if (m || this.head.length < HEAD_ROWS) return true;
		if (!this.o.ownData && this.head.length === HEAD_ROWS && this.startOfficial()) return true;
		if (this.head.length < HEAD_ROWS + SAMPLE_ROWS + 1) return true;
		this.inspection = this.inspect(false);
		return false;
	}

	private startOfficial(): boolean {
		const found = identify(this.head, this.o.adapters);
		if (!found) return false;
		this.adapter = found.adapter;
		this.feeder = new Feeder(this.file, this.o.adapters, this.o.ctx, found.adapter);
		this.feeder.rows(this.head);
		this.head = [];
		return true;
	}

	private startMapped(m: Mapping): void {
		const header = this.head[m.headerRow - 1]!;
		const missing = mappedColumns(m).find((i) => i >= header.length);
		if (missing !== undefined)
			throw new SourceError(
				this.file,
				m.headerRow,
				columnName(header, missing),
				`a column ${missing + 1}, as mapped`,
				`${header.length} columns`,
				'The file changed since its columns were mapped: load it again.'
			);
		const places = { ...this.o.ctx.geography, counties: this.o.counties };
		this.mapped = { reader: new MappedReader(m, header, this.file, places), header };
		this.head = [];
	}

	private mapRow(cells: readonly string[]): void {
		if (!isBlank(cells)) this.mapped!.reader.row(cells, this.rowNumber);
	}

	private inspect(complete: boolean): Inspection {
		const inspection = inspectHead(this.file, this.head, complete);
		const near = nearMiss(this.head, this.o.adapters);
		if (near)
			inspection.nearly = `This file looks like ${near.adapter.title}, but it lacks the column${near.missing.length > 1 ? 's' : ''} ${near.missing.map((c) => `“${c}”`).join(', ')}, so it is read as your own data.`;
		return inspection;
	}

	end(): Outcome {
		if (this.inspection) return { kind: 'needs-mapping', inspection: this.inspection };
		if (this.mapped) return { kind: 'mapped', result: this.mapped.reader.end() };
		const m = this.o.mapping;
		if (m)
			throw new SourceError(
				this.file,
				null,
				null,
				`a header in row ${m.headerRow}`,
				`${this.head.length} rows`,
				'Load the file again.'
			);
		if (!this.feeder && !this.o.ownData && this.head.length) this.startOfficial();
		if (this.feeder) {
			const { adapter: _a, headerRow: _h, ...result } = this.feeder.end();
			return { kind: 'official', adapter: this.adapter!, result };
		}
		return { kind: 'needs-mapping', inspection: this.inspect(true) };
	}
}
