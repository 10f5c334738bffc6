/**
 * What a read file becomes in the browser: its normalized series and what was
 * left out, with where it came from. This is what the page charts, what the
 * worker posts back and what IndexedDB keeps when the person asks, so it is
 * validated when read back.
 *
 * The series travel compact (compact.ts: packed, in typed arrays): a million
 * points as objects take the main thread seconds to receive from the worker.
 * Only the series on screen is unpacked.
 */
import * as v from 'valibot';
import { packDataset } from '../domain/dataset-file';
import type { Series } from '../domain/series';
import type { FileResult } from '../sources/types';
import { CompactDataSchema, compact, expand, type CompactSeries } from './compact';
import { MappingSchema } from './mapping';
import type { Outcome } from './reader';

export const RowProblemSchema = v.object({
	row: v.number(),
	role: v.picklist(['date', 'place', 'value', 'row']),
	column: v.string(),
	found: v.string(),
	reason: v.string(),
	hint: v.string()
});

export const LoadedSchema = v.object({
	/** the file's name, or the address it was read from */
	name: v.string(),
	bytes: v.number(),
	loadedAt: v.string(),
	origin: v.variant('kind', [
		v.object({
			kind: v.literal('official'),
			id: v.string(),
			title: v.string(),
			publisher: v.string(),
			url: v.string(),
			caveats: v.array(v.string())
		}),
		v.object({ kind: v.literal('mapped'), mapping: MappingSchema })
	]),
	/** the series, compact; its `dataset` is the official dataset's id or 'your-file' */
	data: CompactDataSchema,
	rowsRead: v.number(),
	skipped: v.array(v.object({ reason: v.string(), count: v.number(), firstRow: v.number() })),
	/** the first unreadable rows, one by one (the rest are only counted in `skipped`) */
	problems: v.array(RowProblemSchema),
	release: v.string()
});
export type Loaded = v.InferOutput<typeof LoadedSchema>;

/** The series of one file, packed as the pipeline packs a dataset, in typed arrays. */
export function packSeries(
	dataset: string,
	name: string,
	result: Pick<FileResult, 'series' | 'release'>
) {
	const source = { name, sha256: '', release: result.release };
	const file = packDataset(
		{ dataset, title: name, publisher: '', url: '', derived: false, retrievedAt: '' },
		result.series.map((s) => ({ ...s, source }))
	);
	return compact(file, result.release);
}

export function loadedFrom(
	outcome: Exclude<Outcome, { kind: 'needs-mapping' }>,
	meta: {
		name: string;
		bytes: number;
		loadedAt: string;
		mapping?: v.InferOutput<typeof MappingSchema>;
	}
): Loaded {
	const { name, bytes, loadedAt } = meta;
	if (outcome.kind === 'official') {
		const { adapter: a, result } = outcome;
		return {
			name,
			bytes,
			loadedAt,
			origin: {
				kind: 'official',
				id: a.id,
				title: a.title,
				publisher: a.publisher,
				url: a.url,
				caveats: [...a.caveats]
			},
			data: packSeries(a.id, name, result),
			rowsRead: result.rowsRead,
			skipped: result.skipped,
			problems: [],
			release: result.release
		};
	}
	if (!meta.mapping) throw new Error('a mapped file needs its mapping');
	const { problems, ...result } = outcome.result;
	const dataset = result.series[0]?.dataset ?? 'your-file';
	return {
		name,
		bytes,
		loadedAt,
		origin: { kind: 'mapped', mapping: meta.mapping },
		data: packSeries(dataset, name, result),
		rowsRead: result.rowsRead,
		skipped: result.skipped,
		problems,
		release: result.release
	};
}

export const packedSeries = (l: Loaded): readonly CompactSeries[] => l.data.series;

/** One series, unpacked for the chart and the table. */
export function unpack(l: Loaded, s: CompactSeries): Series {
	const { source: _, ...series } = expand(l.data, s);
	return series;
}

export const pointCount = (l: Loaded) => l.data.series.reduce((n, s) => n + s.v.length, 0);

/** Rows left out, all reasons together. */
export const skippedCount = (l: Pick<Loaded, 'skipped'>) =>
	l.skipped.reduce((n, s) => n + s.count, 0);
