/**
 * What a reader reports of a file besides its series: the rows it left out on
 * purpose (counted by reason, with the first row of each) and the newest
 * period it saw. (How many rows it read is counted by whoever feeds it rows.) Every adapter, and /explore's reader of
 * a person's own file, keeps one while the file streams by.
 */
import type { Series } from '../domain/series';
import type { SinkResult, Skip } from './types';

export const DUPLICATE_ROW = 'an exact duplicate of an earlier row';

/** Beyond this many distinct reasons, further ones are counted together (memory stays bounded). */
const MAX_REASONS = 100;
const OTHER = `other reasons (only the first ${MAX_REASONS} are listed one by one)`;

export class FileTally {
	/** the newest period seen; a reader that knows its file's release otherwise sets it */
	release = '';
	private readonly skips = new Map<string, { count: number; firstRow: number }>();

	/** Notes that the file covers `period`. */
	saw(period: string): void {
		if (period > this.release) this.release = period;
	}

	/** Counts a row left out on purpose. */
	skip(reason: string, row: number): void {
		if (this.skips.size >= MAX_REASONS && !this.skips.has(reason)) reason = OTHER;
		const s = this.skips.get(reason);
		if (s) s.count++;
		else this.skips.set(reason, { count: 1, firstRow: row });
	}

	/** Counts a row that repeats an earlier one exactly. */
	duplicate(row: number): void {
		this.skip(DUPLICATE_ROW, row);
	}

	skipped(): Skip[] {
		return [...this.skips].map(([reason, s]) => ({ reason, ...s }));
	}

	result(series: Series[]): SinkResult {
		return { series, skipped: this.skipped(), release: this.release };
	}
}
