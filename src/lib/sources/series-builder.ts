/**
 * Collects points into series keyed by measure, variant and geography while a
 * file streams by, and reports duplicate keys. Adapters share it so each one
 * only says how a row becomes points.
 */
import { seriesKey, type Point, type Series } from '../domain/series';
import { SourceError } from './types';

export class SeriesBuilder {
	private readonly series = new Map<string, Series>();
	private readonly seen = new Map<string, Point>();

	constructor(
		private readonly dataset: string,
		private readonly file: string
	) {}

	/**
	 * Adds one point. A second point for the same series and period is a
	 * duplicate row: identical ones are reported back (true) so the adapter
	 * can count them; conflicting ones stop the file.
	 */
	add(
		key: { measure: string; geo: string; unit: string; variant?: string },
		point: Point,
		row: number
	): boolean {
		const k = seriesKey(key);
		const pointKey = `${k}|${point.period}`;
		const before = this.seen.get(pointKey);
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
		this.seen.set(pointKey, point);
		let s = this.series.get(k);
		if (!s) {
			s = { dataset: this.dataset, measure: key.measure, geo: key.geo, unit: key.unit, points: [] };
			if (key.variant) s.variant = key.variant;
			this.series.set(k, s);
		}
		s.points.push(point);
		return false;
	}

	/** All series, each with its points in time order. */
	build(): Series[] {
		const out = [...this.series.values()];
		for (const s of out)
			s.points.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
		return out;
	}
}

/** Counts rows left out on purpose, by reason. */
export class SkipCounter {
	private readonly skips = new Map<string, { count: number; firstRow: number }>();

	skip(reason: string, row: number): void {
		const s = this.skips.get(reason);
		if (s) s.count++;
		else this.skips.set(reason, { count: 1, firstRow: row });
	}

	list() {
		return [...this.skips].map(([reason, s]) => ({ reason, ...s }));
	}
}
