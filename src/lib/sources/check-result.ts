/**
 * Checks every adapter's output the same way, so a new adapter cannot let a
 * bad file through by forgetting one: every period is a real one (no month
 * 13, no year 1850) and began by the day the file was retrieved; every value
 * is a finite number, or null with the status that says why. (A dataset
 * whose files yield no data at all is refused by the pipeline, rather than
 * swapped in as an empty dataset: see noData.)
 *
 * Adapters are pure and know no clock: the date comes in ReadContext.
 */
import { periodStart } from '../domain/period';
import { shown } from './cells';
import { SourceError, type FileResult, type ReadContext } from './types';

/** Checks periods one at a time, remembering the answer for each distinct label. */
export class PeriodCheck {
	private readonly known = new Map<string, 'ok' | 'bad' | 'future'>();
	private readonly until: string | null;
	private lastOk = '';

	constructor(
		private readonly file: string,
		retrievedAt?: string
	) {
		this.until = retrievedAt ? retrievedAt.slice(0, 10) : null;
	}

	/** Throws a SourceError for a period that is not one or lies after the retrieval date. */
	check(period: string, row: number | null, about: () => string = () => ''): void {
		// The points of one row share their period: no lookup for a repeat.
		if (period === this.lastOk) return;
		let verdict = this.known.get(period);
		if (!verdict) {
			const start = periodStart(period);
			verdict = start === null ? 'bad' : this.until && start > this.until ? 'future' : 'ok';
			this.known.set(period, verdict);
		}
		if (verdict === 'ok') {
			this.lastOk = period;
			return;
		}
		const found = `${shown(period)}${about()}`;
		throw verdict === 'bad'
			? new SourceError(
					this.file,
					row,
					null,
					'a period such as 2024-06, 2024, 2024-Q3 or FY2024, between 1900 and 2100',
					found,
					'A date in the file is not a real one.'
				)
			: new SourceError(
					this.file,
					row,
					null,
					`a period that began by ${this.until}, when the file was retrieved`,
					found,
					'A date in the file is wrong, or this computer’s clock is.'
				);
	}
}

/** Throws a SourceError when a file's result breaks the series model; returns it otherwise. */
export function checkResult(result: FileResult, file: string, ctx: ReadContext): FileResult {
	const periods = new PeriodCheck(file, ctx.retrievedAt);
	for (const s of result.series) {
		const about = () => ` (${s.geo}, ${s.measure}${s.variant ? `, ${s.variant}` : ''})`;
		for (const p of s.points) {
			periods.check(p.period, null, about);
			const gap = p.status === 'suppressed' || p.status === 'missing';
			if (p.value === null ? !gap : !Number.isFinite(p.value))
				throw new SourceError(
					file,
					null,
					null,
					'a number, or no value with the status suppressed or missing',
					`${p.value} (${p.status}) in ${p.period}${about()}`
				);
		}
	}
	return result;
}

/**
 * A dataset whose files, all rows counted out, yield no point at all: refused,
 * so that an empty dataset never replaces the last good one.
 */
export function noData(
	dataset: string,
	files: readonly { name: string; result: FileResult }[]
): SourceError | null {
	if (files.some((f) => f.result.series.some((s) => s.points.length))) return null;
	const skipped = files.flatMap((f) => f.result.skipped);
	const count = skipped.reduce((n, s) => n + s.count, 0);
	return new SourceError(
		files.map((f) => f.name).join(', '),
		null,
		null,
		`at least one row of ${dataset} data this dashboard can use`,
		count
			? `${count} row${count === 1 ? '' : 's'}, all left out: ${skipped
					.slice(0, 3)
					.map((s) => `${s.reason} (${s.count})`)
					.join('; ')}`
			: 'no data',
		'Check that these are the official files.'
	);
}
