/**
 * Combining several files of one dataset. CDC revises provisional counts with
 * every release, so two files can disagree about the same month: each series
 * (measure × variant × geography) comes whole from the newest release that
 * has it, and releases are never mixed within one series. Files that cover
 * different periods (CBP's fiscal-year files) are joined instead.
 */
import type { SourceFile, SourcedSeries } from './dataset-file';
import { seriesKey, type Point, type Series } from './series';

export interface FileSeries {
	source: SourceFile;
	series: readonly Series[];
}

const newestFirst = (a: FileSeries, b: FileSeries) =>
	a.source.release === b.source.release ? 0 : a.source.release > b.source.release ? -1 : 1;

export function newestRelease(files: readonly FileSeries[]): SourcedSeries[] {
	const out = new Map<string, SourcedSeries>();
	for (const f of [...files].sort(newestFirst))
		for (const s of f.series) {
			const k = seriesKey(s);
			if (!out.has(k)) out.set(k, { ...s, source: f.source });
		}
	return [...out.values()];
}

/**
 * Joins files period by period; where two files hold the same period, the
 * newer release's point is kept. A joined series names its newest file.
 */
export function concatReleases(files: readonly FileSeries[]): SourcedSeries[] {
	const out = new Map<string, { s: SourcedSeries; at: Map<string, Point> }>();
	for (const f of [...files].sort(newestFirst))
		for (const s of f.series) {
			const k = seriesKey(s);
			let entry = out.get(k);
			if (!entry) {
				entry = { s: { ...s, points: [], source: f.source }, at: new Map() };
				out.set(k, entry);
			}
			for (const p of s.points) if (!entry.at.has(p.period)) entry.at.set(p.period, p);
		}
	return [...out.values()].map(({ s, at }) => ({
		...s,
		points: [...at.values()].sort((a, b) => (a.period < b.period ? -1 : 1))
	}));
}
