/**
 * Collects points into series keyed by measure, variant and geography while a
 * file streams by, and reports duplicate keys. Adapters share it so each one
 * only says how a row becomes points.
 *
 * It sits on the hot path (several points per row, millions of rows in a
 * large file), so it looks series up in nested maps rather than building a
 * key string per point, and keeps one period index per series.
 */
import type { Point, Series } from '../domain/series';
import { PeriodCheck } from './check-result';
import { SourceError, type ReadContext } from './types';

interface Entry {
	series: Series;
	/** the series' points by period, to find duplicates */
	at: Map<string, Point>;
}

export interface SeriesKey {
	measure: string;
	geo: string;
	unit: string;
	variant?: string;
}

const REPORTED = '';

export class SeriesBuilder {
	/** measure -> variant ('' for the reported value) -> geo -> entry */
	private readonly index = new Map<string, Map<string, Map<string, Entry>>>();
	private readonly entries: Entry[] = [];
	private readonly periods: PeriodCheck;
	private readonly notes = new Map<string, string>();

	/**
	 * With `ctx`, a period that began after `ctx.retrievedAt` stops the file at
	 * its row; a period that is not a real one (month 13) always does.
	 */
	constructor(
		private readonly dataset: string,
		private readonly file: string,
		ctx?: ReadContext
	) {
		this.periods = new PeriodCheck(file, ctx?.retrievedAt);
	}

	/**
	 * Adds one point. A second point for the same series and period is a
	 * duplicate row: identical ones are reported back (true) so the adapter
	 * can count them; conflicting ones stop the file.
	 */
	add(key: SeriesKey, point: Point, row: number): boolean {
		this.periods.check(point.period, row);
		if (point.note !== undefined) point.note = this.intern(point.note);
		const entry = this.entry(key);
		const before = entry.at.get(point.period);
		if (before) {
			if (before.value === point.value && before.status === point.status) return true;
			throw new SourceError(
				this.file,
				row,
				null,
				`one value for ${key.geo} ${key.measure}${key.variant ? ` (${key.variant})` : ''} in ${point.period}`,
				`a second, different value (${point.value ?? 'blank'} after ${before.value ?? 'blank'})`,
				'The file holds conflicting duplicate rows; download it again.'
			);
		}
		entry.at.set(point.period, point);
		entry.series.points.push(point);
		return false;
	}

	/** All series, each with its points in time order. */
	build(): Series[] {
		const out = this.entries.map((e) => e.series);
		for (const s of out)
			s.points.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
		return out;
	}

	/**
	 * One copy of each footnote. A cell's text is a slice of the parser's
	 * whole chunk (a megabyte); keeping the slice would keep the chunk, and a
	 * large file's memory would grow with every chunk that has a footnote.
	 */
	private intern(note: string): string {
		let kept = this.notes.get(note);
		if (kept === undefined) {
			kept = ` ${note}`.slice(1); // a flat copy, detached from the chunk
			this.notes.set(kept, kept);
		}
		return kept;
	}

	private entry(key: SeriesKey): Entry {
		let byVariant = this.index.get(key.measure);
		if (!byVariant) this.index.set(key.measure, (byVariant = new Map()));
		const variant = key.variant ?? REPORTED;
		let byGeo = byVariant.get(variant);
		if (!byGeo) byVariant.set(variant, (byGeo = new Map()));
		let entry = byGeo.get(key.geo);
		if (!entry) {
			const series: Series = {
				dataset: this.dataset,
				measure: key.measure,
				geo: key.geo,
				unit: key.unit,
				points: []
			};
			if (key.variant) series.variant = key.variant;
			entry = { series, at: new Map() };
			byGeo.set(key.geo, entry);
			this.entries.push(entry);
		}
		return entry;
	}
}

/** Beyond this many distinct reasons, further ones are counted together (memory stays bounded). */
const MAX_REASONS = 100;
const OTHER = `other reasons (only the first ${MAX_REASONS} are listed one by one)`;

/** Counts rows left out on purpose, by reason. */
export class SkipCounter {
	private readonly skips = new Map<string, { count: number; firstRow: number }>();

	skip(reason: string, row: number): void {
		if (this.skips.size >= MAX_REASONS && !this.skips.has(reason)) reason = OTHER;
		const s = this.skips.get(reason);
		if (s) s.count++;
		else this.skips.set(reason, { count: 1, firstRow: row });
	}

	/** rows left out so far */
	get total(): number {
		let n = 0;
		for (const s of this.skips.values()) n += s.count;
		return n;
	}

	list() {
		return [...this.skips].map(([reason, s]) => ({ reason, ...s }));
	}
}
