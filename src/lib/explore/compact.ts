/**
 * The packed dataset (dataset-file.ts) with its columns as typed arrays, for
 * handing a large file's series from the worker to the page. Structured clone
 * copies a typed array as one block of memory, where an array of a million
 * numbers or period strings costs the receiving thread about a second; the
 * buffers can even be transferred without a copy. Periods are stored once
 * and referenced by index. Status codes, notes and ranges keep the packed
 * format's meaning, so unpacking goes through unpackSeries.
 */
import * as v from 'valibot';
import {
	unpackSeries,
	type DatasetFile,
	type PackedSeries,
	type SourcedSeries
} from '../domain/dataset-file';

export const CompactSeriesSchema = v.object({
	measure: v.string(),
	variant: v.optional(v.string()),
	geo: v.string(),
	unit: v.string(),
	/** index into `periods`, per point */
	at: v.instance(Uint32Array),
	/** the value, NaN for none */
	v: v.instance(Float64Array),
	/** one status letter per point, as in the packed format */
	s: v.pipe(v.string(), v.regex(/^[fpesm]*$/)),
	/** index into `notes`, -1 for none */
	n: v.optional(v.instance(Int32Array)),
	/** indexes of incomplete points */
	i: v.optional(v.instance(Uint32Array)),
	/** ranges, NaN for none */
	lo: v.optional(v.instance(Float64Array)),
	hi: v.optional(v.instance(Float64Array))
});
export type CompactSeries = v.InferOutput<typeof CompactSeriesSchema>;

export const CompactDataSchema = v.object({
	dataset: v.string(),
	release: v.string(),
	periods: v.array(v.string()),
	notes: v.array(v.string()),
	series: v.array(CompactSeriesSchema)
});
export type CompactData = v.InferOutput<typeof CompactDataSchema>;

const floats = (a: readonly (number | null)[]) => Float64Array.from(a, (x) => x ?? NaN);
const nullable = (a: Float64Array) => Array.from(a, (x) => (Number.isNaN(x) ? null : x));

export function compact(file: DatasetFile, release: string): CompactData {
	const periods: string[] = [];
	const index = new Map<string, number>();
	const at = (p: string) => {
		let i = index.get(p);
		if (i === undefined) index.set(p, (i = periods.push(p) - 1));
		return i;
	};
	const series = file.series.map((s): CompactSeries => {
		const out: CompactSeries = {
			measure: s.measure,
			...(s.variant ? { variant: s.variant } : {}),
			geo: s.geo,
			unit: s.unit,
			at: Uint32Array.from(s.p, at),
			v: floats(s.v),
			s: s.s
		};
		if (s.n) out.n = Int32Array.from(s.n, (x) => x ?? -1);
		if (s.i) out.i = Uint32Array.from(s.i);
		if (s.lo) out.lo = floats(s.lo);
		if (s.hi) out.hi = floats(s.hi);
		return out;
	});
	return { dataset: file.dataset, release, periods, notes: file.notes, series };
}

/** Every buffer of the data, to transfer rather than copy. */
export function buffers(data: CompactData): ArrayBuffer[] {
	return data.series.flatMap((s) =>
		[s.at, s.v, s.n, s.i, s.lo, s.hi].flatMap((a) => (a ? [a.buffer as ArrayBuffer] : []))
	);
}

/** One series back in the normalized model. */
export function expand(data: CompactData, s: CompactSeries): SourcedSeries {
	const packed: PackedSeries = {
		measure: s.measure,
		...(s.variant ? { variant: s.variant } : {}),
		geo: s.geo,
		unit: s.unit,
		src: 0,
		p: Array.from(s.at, (i) => data.periods[i]!),
		v: nullable(s.v),
		s: s.s,
		...(s.n ? { n: Array.from(s.n, (x) => (x < 0 ? null : x)) } : {}),
		...(s.i ? { i: Array.from(s.i) } : {}),
		...(s.lo ? { lo: nullable(s.lo) } : {}),
		...(s.hi ? { hi: nullable(s.hi) } : {})
	};
	const shell: DatasetFile = {
		dataset: data.dataset,
		title: '',
		publisher: '',
		url: '',
		derived: false,
		retrievedAt: '',
		sources: [{ name: '', sha256: '', release: data.release }],
		notes: data.notes,
		series: []
	};
	return unpackSeries(shell, packed);
}
