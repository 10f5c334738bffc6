/**
 * What a read file becomes in the browser: its normalized series and what was
 * left out, with where it came from. This is what the page charts, what the
 * worker posts back and what IndexedDB keeps when the person asks, so it is
 * validated when read back.
 */
import * as v from 'valibot';
import { SeriesSchema } from '../domain/series';
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
	series: v.array(SeriesSchema),
	rowsRead: v.number(),
	skipped: v.array(v.object({ reason: v.string(), count: v.number(), firstRow: v.number() })),
	/** the first unreadable rows, one by one (the rest are only counted in `skipped`) */
	problems: v.array(RowProblemSchema),
	release: v.string()
});
export type Loaded = v.InferOutput<typeof LoadedSchema>;

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
			series: result.series,
			rowsRead: result.rowsRead,
			skipped: result.skipped,
			problems: [],
			release: result.release
		};
	}
	if (!meta.mapping) throw new Error('a mapped file needs its mapping');
	const { problems, ...result } = outcome.result;
	return {
		name,
		bytes,
		loadedAt,
		origin: { kind: 'mapped', mapping: meta.mapping },
		series: result.series,
		rowsRead: result.rowsRead,
		skipped: result.skipped,
		problems,
		release: result.release
	};
}

/** Rows left out, all reasons together. */
export const skippedCount = (l: Pick<Loaded, 'skipped'>) =>
	l.skipped.reduce((n, s) => n + s.count, 0);
