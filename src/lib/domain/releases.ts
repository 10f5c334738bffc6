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
 * newer release's point is kept. A joined series names its newest file as
 * `source` and every older file that still gave it points in `also`.
 */
export function concatReleases(files: readonly FileSeries[]): SourcedSeries[] {
	const out = new Map<string, { s: SourcedSeries; at: Map<string, Point>; also: SourceFile[] }>();
	for (const f of [...files].sort(newestFirst))
		for (const s of f.series) {
			const k = seriesKey(s);
			let entry = out.get(k);
			if (!entry) {
				entry = { s: { ...s, points: [], source: f.source }, at: new Map(), also: [] };
				out.set(k, entry);
			}
			let gave = false;
			for (const p of s.points)
				if (!entry.at.has(p.period)) {
					entry.at.set(p.period, p);
					gave = true;
				}
			if (gave && entry.s.source !== f.source) entry.also.push(f.source);
		}
	return [...out.values()].map(({ s, at, also }) => ({
		...s,
		...(also.length ? { also } : {}),
		points: [...at.values()].sort((a, b) => (a.period < b.period ? -1 : 1))
	}));
}
