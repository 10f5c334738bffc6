/**
 * Reads a user's file through a column mapping while it streams by, keeping
 * only what a person needs: the normalized points (through the same
 * SeriesBuilder the adapters use), every unreadable row counted by reason,
 * and the first of them listed with row number, cell and what to do.
 */
import { FileTally } from '../sources/file-tally';
import { SeriesBuilder } from '../sources/series-builder';
import { SourceError, type FileResult, type RowSink } from '../sources/types';
import { formatPeriod } from '../domain/period';
import { mapRow, seriesUnit, type Mapping, type Role, type RowProblem } from './mapping';
import type { Places } from './places';

/** The id a user's own data carries where a dataset id is expected. */
export const USER_DATASET = 'your-file';
export const USER_MEASURE = 'user.value';
/** How many unreadable rows are listed one by one; the rest are counted. */
export const LISTED_PROBLEMS = 100;

const REASONS: Record<Role, string> = {
	date: 'a date that cannot be read',
	place: 'a place that cannot be read',
	value: 'a value that cannot be read',
	row: 'more values than the header has columns'
};
const CONFLICT = 'a second, different value for the same place and period';

export interface MappedResult extends FileResult {
	problems: RowProblem[];
}

export class MappedReader implements RowSink {
	private readonly out: SeriesBuilder;
	private readonly tally = new FileTally();
	private rowsRead = 0;
	private readonly problems: RowProblem[] = [];
	private readonly unit: string;

	constructor(
		private readonly mapping: Mapping,
		private readonly header: readonly string[],
		file: string,
		private readonly geography: Places
	) {
		this.out = new SeriesBuilder(USER_DATASET, file);
		this.unit = seriesUnit(mapping);
	}

	row(cells: readonly string[], row: number): void {
		this.rowsRead++;
		const read = mapRow(cells, row, this.mapping, this.header, this.geography);
		if ('problem' in read) return this.reject(REASONS[read.problem.role], read.problem);
		const { geo, point } = read;
		try {
			const dup = this.out.add({ measure: USER_MEASURE, geo, unit: this.unit }, point, row);
			if (dup) return this.tally.duplicate(row);
		} catch (e) {
			if (!(e instanceof SourceError)) throw e;
			return this.reject(CONFLICT, {
				row,
				role: 'row',
				column: '',
				found: String(point.value ?? 'blank'),
				reason: `another row already gave a different value for ${geo} in ${formatPeriod(point.period)}`,
				hint: 'Keep one row per place and period: add parts up (such as age groups) before loading.'
			});
		}
		this.tally.saw(point.period);
	}

	private reject(reason: string, problem: RowProblem): void {
		this.tally.skip(reason, problem.row);
		if (this.problems.length < LISTED_PROBLEMS) this.problems.push(problem);
	}

	end(): MappedResult {
		return {
			...this.tally.result(this.out.build()),
			rowsRead: this.rowsRead,
			problems: this.problems
		};
	}
}
