/**
 * The compact JSON the pipeline writes and the pages read: one file per
 * measure (static/data/<id>/<measure>.json) and its recent slices. Columnar where it pays: each series keeps
 * its periods, values and a one-letter status per point, and footnotes are
 * stored once per file and referenced by index.
 */
import * as v from 'valibot';
import { column } from './columns';
import { PERIOD, SeriesSchema, STATUSES, type Series, type Status, type Point } from './series';

const CODE: Record<Status, string> = {
	final: 'f',
	provisional: 'p',
	predicted: 'e',
	suppressed: 's',
	missing: 'm'
};
const STATUS_OF = new Map(STATUSES.map((s) => [CODE[s], s]));

/*
 * The columns are checked by one loop each (columns.ts). The checks are the
 * point schema's (series.ts), so a file that passes unpacks into valid series
 * without checking each point again. The message says which column failed.
 */
const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const nums = column<number | null>((x) => x === null || finite(x), 'numbers or null');
const periods = column<string>((x) => typeof x === 'string' && PERIOD.test(x), 'periods');
const indexes = column<number>(finite, 'numbers');
const text = v.pipe(v.string(), v.minLength(1));
export const PackedSeriesSchema = v.object({
	measure: SeriesSchema.entries.measure,
	variant: SeriesSchema.entries.variant,
	geo: text,
	unit: text,
	/** index into the file's `sources` */
	src: v.number(),
	/** older files that gave some of the points (files joined period by period) */
	also: v.optional(indexes),
	p: periods,
	v: nums,
	s: v.pipe(v.string(), v.regex(/^[fpesm]*$/)),
	n: v.optional(nums),
	i: v.optional(indexes),
	lo: v.optional(nums),
	hi: v.optional(nums)
});
export type PackedSeries = v.InferOutput<typeof PackedSeriesSchema>;

export const SourceFileSchema = v.object({
	/** the file's name as found (or as downloaded) */
	name: v.string(),
	sha256: v.string(),
	/** the last period the file covers: releases are ordered by it */
	release: v.string()
});
export type SourceFile = v.InferOutput<typeof SourceFileSchema>;

export const DatasetFileSchema = v.object({
	dataset: SeriesSchema.entries.dataset,
	title: v.string(),
	publisher: v.string(),
	url: v.string(),
	derived: v.boolean(),
	retrievedAt: v.string(),
	sources: v.array(SourceFileSchema),
	notes: v.array(v.string()),
	series: v.array(PackedSeriesSchema)
});
export type DatasetFile = v.InferOutput<typeof DatasetFileSchema>;

export interface SourcedSeries extends Series {
	source: SourceFile;
	/** older files that gave some of its points, when files are joined period by period */
	also?: SourceFile[];
}

export type DatasetMeta = Omit<DatasetFile, 'notes' | 'series' | 'sources'>;

/**
 * One series packed on its own: its columns, with footnotes still as text and
 * its files whole. A file (packDataset) turns them into indexes into its own
 * lists, so the pipeline packs each series once and puts it in several files
 * (its measure's, state profiles).
 */
export interface LoosePacked {
	series: SourcedSeries;
	p: string[];
	v: (number | null)[];
	s: string;
	/** each point's footnote, when any point has one */
	n?: (string | null)[];
	i?: number[];
	lo?: (number | null)[];
	hi?: (number | null)[];
}

/** One pass over a series' points: a full release has hundreds of thousands of them. */
export function packSeries(series: SourcedSeries): LoosePacked {
	const n = series.points.length;
	const p = new Array<string>(n);
	const v = new Array<number | null>(n);
	const notes = new Array<string | null>(n);
	const lo = new Array<number | null>(n);
	const hi = new Array<number | null>(n);
	const incomplete: number[] = [];
	let codes = '';
	let hasNote = false;
	let hasRange = false;
	for (let k = 0; k < n; k++) {
		const point = series.points[k]!;
		p[k] = point.period;
		v[k] = point.value;
		codes += CODE[point.status];
		notes[k] = point.note ?? null;
		if (point.note !== undefined) hasNote = true;
		if (point.incomplete) incomplete.push(k);
		lo[k] = point.low ?? null;
		hi[k] = point.high ?? null;
		if (point.low !== undefined || point.high !== undefined) hasRange = true;
	}
	const out: LoosePacked = { series, p, v, s: codes };
	if (hasNote) out.n = notes;
	if (incomplete.length) out.i = incomplete;
	if (hasRange) {
		out.lo = lo;
		out.hi = hi;
	}
	return out;
}

/**
 * Packs each series once, however many files it goes into (until the packer
 * is let go); a series `keep` turns down is packed again for every file.
 */
export function packOnce(
	keep: (s: SourcedSeries) => boolean = () => true
): (s: SourcedSeries) => LoosePacked {
	const done = new Map<SourcedSeries, LoosePacked>();
	return (s) => {
		if (!keep(s)) return packSeries(s);
		let packed = done.get(s);
		if (!packed) done.set(s, (packed = packSeries(s)));
		return packed;
	};
}

export function packDataset(
	meta: DatasetMeta,
	series: readonly SourcedSeries[],
	pack: (s: SourcedSeries) => LoosePacked = packSeries
): DatasetFile {
	const notes: string[] = [];
	const noteIndex = new Map<string, number>();
	const sources: SourceFile[] = [];
	const sourceIndex = new Map<string, number>();
	const indexOf = <T>(map: Map<string, number>, list: T[], key: string, item: T) => {
		let i = map.get(key);
		if (i === undefined) {
			i = list.push(item) - 1;
			map.set(key, i);
		}
		return i;
	};
	const note = (text: string | null) =>
		text === null ? null : indexOf(noteIndex, notes, text, text);
	const file = (f: SourceFile) => indexOf(sourceIndex, sources, f.name + f.sha256, f);
	const packed = series.map((one): PackedSeries => {
		const { series: s, p, v, s: codes, n, i, lo, hi } = pack(one);
		// the keys in this order, as files were always written; no spreads, the hot path of packing
		const out = { measure: s.measure } as PackedSeries;
		if (s.variant) out.variant = s.variant;
		out.geo = s.geo;
		out.unit = s.unit;
		out.src = file(s.source);
		if (s.also?.length) out.also = s.also.map(file);
		out.p = p;
		out.v = v;
		out.s = codes;
		if (n) out.n = n.map(note);
		if (i) out.i = i;
		if (lo && hi) {
			out.lo = lo;
			out.hi = hi;
		}
		return out;
	});
	return { ...meta, sources, notes, series: packed };
}

export function unpackSeries(file: DatasetFile, s: PackedSeries): SourcedSeries {
	const incomplete = new Set(s.i ?? []);
	const points = s.p.map((period, k): Point => {
		const point: Point = {
			period,
			value: s.v[k] ?? null,
			status: STATUS_OF.get(s.s[k] ?? 'm') ?? 'missing'
		};
		const note = s.n?.[k];
		if (note !== null && note !== undefined) point.note = file.notes[note];
		if (incomplete.has(k)) point.incomplete = true;
		const lo = s.lo?.[k];
		const hi = s.hi?.[k];
		if (lo !== null && lo !== undefined) point.low = lo;
		if (hi !== null && hi !== undefined) point.high = hi;
		return point;
	});
	const source = file.sources[s.src] ?? { name: 'unknown', sha256: '', release: '' };
	const also = (s.also ?? []).map((i) => file.sources[i]).filter((f): f is SourceFile => !!f);
	return {
		dataset: file.dataset,
		measure: s.measure,
		...(s.variant ? { variant: s.variant } : {}),
		geo: s.geo,
		unit: s.unit,
		points,
		source,
		...(also.length ? { also } : {})
	};
}

export function unpackDataset(file: DatasetFile): SourcedSeries[] {
	return file.series.map((s) => unpackSeries(file, s));
}

/** Validates untrusted JSON (a fetched or user-supplied file) against the model. */
export function parseDatasetFile(json: unknown): DatasetFile {
	const file = v.parse(DatasetFileSchema, json);
	checkLengths(file.dataset, file.series);
	return file;
}

/** Every column of a series has a value for each period. */
export function checkLengths(dataset: string, series: readonly PackedSeries[]): void {
	for (const s of series)
		if (s.v.length !== s.p.length || s.s.length !== s.p.length)
			throw new Error(`${dataset}: series ${s.measure}/${s.geo} has columns of unequal length`);
}
