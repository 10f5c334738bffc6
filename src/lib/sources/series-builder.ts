/**
 * Collects points into series keyed by measure, variant and geography while a
 * file streams by, and reports duplicate keys. Adapters share it so each one
 * only says how a row becomes points.
 *
 * It sits on the hot path (several points per row, millions of rows in a
 * large file), so it looks series up in nested maps rather than building a
 * key string per point, and indexes a series' periods only when they come
 * out of order.
 */
import type { Point, Series } from '../domain/series';
import { PeriodCheck } from './check-result';
import { SourceError, type ReadContext } from './types';

export interface SeriesKey {
	measure: string;
	geo: string;
	unit: string;
	variant?: string;
}

/**
 * One series being built. An adapter that writes several points per row to
 * the same few series can keep handles to them and skip the lookup.
 */
export class SeriesHandle {
	/**
	 * The series' points by period, to find duplicates; built only once a
	 * point arrives out of time order. Official files list each series in time
	 * order, and then a point later than the last cannot repeat one.
	 */
	private at: Map<string, Point> | null = null;

	constructor(
		readonly series: Series,
		private readonly builder: SeriesBuilder
	) {}

	/**
	 * Adds one point. A second point for the same period is a duplicate row:
	 * an identical one is reported back (true) so the adapter can count it; a
	 * conflicting one stops the file.
	 */
	add(point: Point, row: number): boolean {
		this.builder.admit(point, row);
		const points = this.series.points;
		const last = points[points.length - 1];
		if (!last || (!this.at && point.period > last.period)) {
			points.push(point);
			return false;
		}
		this.at ??= new Map(points.map((p) => [p.period, p]));
		const before = this.at.get(point.period);
		if (before) {
			if (before.value === point.value && before.status === point.status) return true;
			const { geo, measure, variant } = this.series;
			throw new SourceError(
				this.builder.file,
				row,
				null,
				`one value for ${geo} ${measure}${variant ? ` (${variant})` : ''} in ${point.period}`,
				`a second, different value (${point.value ?? 'blank'} after ${before.value ?? 'blank'})`,
				'The file holds conflicting duplicate rows; download it again.'
			);
		}
		this.at.set(point.period, point);
		points.push(point);
		return false;
	}
}

const REPORTED = '';

export class SeriesBuilder {
	/** measure -> variant ('' for the reported value) -> geo -> series */
	private readonly index = new Map<string, Map<string, Map<string, SeriesHandle>>>();
	private readonly handles: SeriesHandle[] = [];
	private readonly periods: PeriodCheck;
	private readonly notes = new Interner();
	private readonly periodTexts = new Interner();

	/**
	 * With `ctx`, a period that began after `ctx.retrievedAt` stops the file at
	 * its row; a period that is not a real one (month 13) always does.
	 */
	constructor(
		private readonly dataset: string,
		readonly file: string,
		ctx?: ReadContext
	) {
		this.periods = new PeriodCheck(file, ctx?.retrievedAt);
	}

	/** Adds one point to the series `key` names; see SeriesHandle.add. */
	add(key: SeriesKey, point: Point, row: number): boolean {
		return this.series(key).add(point, row);
	}

	/** The series `key` names, made on first use. */
	series(key: SeriesKey): SeriesHandle {
		let byVariant = this.index.get(key.measure);
		if (!byVariant) this.index.set(key.measure, (byVariant = new Map()));
		const variant = key.variant ?? REPORTED;
		let byGeo = byVariant.get(variant);
		if (!byGeo) byVariant.set(variant, (byGeo = new Map()));
		let handle = byGeo.get(key.geo);
		if (!handle) {
			const series: Series = {
				dataset: this.dataset,
				measure: key.measure,
				geo: key.geo,
				unit: key.unit,
				points: []
			};
			if (key.variant) series.variant = key.variant;
			handle = new SeriesHandle(series, this);
			byGeo.set(key.geo, handle);
			this.handles.push(handle);
		}
		return handle;
	}

	/** All series, each with its points in time order. */
	build(): Series[] {
		const out = this.handles.map((h) => h.series);
		for (const s of out)
			s.points.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
		return out;
	}

	/**
	 * Checks a point's period and keeps one copy of it and of its footnote: a
	 * release has hundreds of thousands of points but a few hundred periods.
	 */
	admit(point: Point, row: number): void {
		this.periods.check(point.period, row);
		point.period = this.periodTexts.intern(point.period);
		if (point.note !== undefined) point.note = this.notes.intern(point.note);
	}
}

/**
 * One copy of each text. A cell's text is a slice of the parser's whole
 * chunk; keeping the slice would keep the chunk, and a large file's memory
 * would grow with every chunk that has a footnote.
 */
class Interner {
	private readonly kept = new Map<string, string>();
	private last = '';

	intern(text: string): string {
		// Rows in a row mostly share their text: compare before hashing.
		if (text === this.last) return this.last;
		let kept = this.kept.get(text);
		if (kept === undefined) {
			kept = ` ${text}`.slice(1); // a flat copy, detached from the chunk
			this.kept.set(kept, kept);
		}
		this.last = kept;
		return kept;
	}
}
