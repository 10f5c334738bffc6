/**
 * static/data/by-geo/<code>.json: everything one state's profile needs in one
 * file, so the page does not load every state's slice of every measure. For
 * each dataset that has the state, it holds the state's series (and its parts:
 * New York City and the rest of New York State for NY), the US series, the
 * state's census division computed from its members (combine.ts), the
 * population of each division member (the denominators of the division's
 * rates), and for a border state the CBP areas that map to it. Where no
 * regional value can be computed, `standings` says where the state ranks.
 */
import * as v from 'valibot';
import { checkLengths, DatasetFileSchema, unpackSeries, type SourcedSeries } from './dataset-file';
import { seriesKey } from './series';

export const GeoDatasetSchema = v.object({
	...DatasetFileSchema.entries,
	license: v.string(),
	caveats: v.array(v.string())
});
export type GeoDataset = v.InferOutput<typeof GeoDatasetSchema>;

const ref = {
	dataset: v.string(),
	measure: v.string(),
	variant: v.optional(v.string())
};

/** How a computed series (the division, or a US total the dataset lacks) was made. */
export const CombinedSchema = v.object({
	...ref,
	/** the region id, or 'US' */
	geo: v.string(),
	how: v.picklist(['sum', 'per-population']),
	/** the members whose series went into it */
	members: v.array(v.string()),
	/** members with no series at all for this measure, left out */
	left: v.array(v.string())
});
export type Combined = v.InferOutput<typeof CombinedSchema>;

export const StandingSchema = v.object({
	...ref,
	period: v.string(),
	value: v.number(),
	rank: v.number(),
	of: v.number(),
	median: v.number()
});

/** A CBP area of responsibility in the file, and the states data/cbp-areas.csv says it covers. */
export const AreaSchema = v.object({
	id: v.string(),
	name: v.string(),
	states: v.array(v.string())
});
export type Area = v.InferOutput<typeof AreaSchema>;

export const GeoFileSchema = v.object({
	geo: v.string(),
	/** the census division the state belongs to */
	region: v.string(),
	generatedAt: v.string(),
	areas: v.array(AreaSchema),
	datasets: v.array(GeoDatasetSchema),
	combined: v.array(CombinedSchema),
	standings: v.array(StandingSchema)
});
export type GeoFile = v.InferOutput<typeof GeoFileSchema>;

/** Where a state's file sits, relative to static/data. */
export function geoFilePath(code: string): string {
	return `by-geo/${code}.json`;
}

/** Validates a fetched file against the model, as parseDatasetFile does for dataset files. */
export function parseGeoFile(json: unknown): GeoFile {
	const file = v.parse(GeoFileSchema, json);
	for (const d of file.datasets) checkLengths(d.dataset, d.series);
	return file;
}

/** A state's file, for lookups by dataset, measure, variant and geo; a series is unpacked when first asked for. */
export class GeoProfile {
	readonly file: GeoFile;
	readonly #packed = new Map<string, { d: GeoDataset; s: GeoDataset['series'][number] }>();
	readonly #series = new Map<string, SourcedSeries>();
	readonly #datasets = new Map<string, GeoDataset>();

	constructor(file: GeoFile) {
		this.file = file;
		for (const d of file.datasets) {
			this.#datasets.set(d.dataset, d);
			for (const s of d.series) this.#packed.set(`${d.dataset}|${seriesKey(s)}`, { d, s });
		}
	}

	dataset(id: string): GeoDataset | undefined {
		return this.#datasets.get(id);
	}

	series(dataset: string, measure: string, geo: string, variant?: string) {
		const key = `${dataset}|${seriesKey({ measure, geo, variant })}`;
		let series = this.#series.get(key);
		const packed = series ? undefined : this.#packed.get(key);
		if (packed) this.#series.set(key, (series = unpackSeries(packed.d, packed.s)));
		return series;
	}

	combined(dataset: string, measure: string, geo: string, variant?: string) {
		return this.file.combined.find(
			(c) =>
				c.dataset === dataset && c.measure === measure && c.geo === geo && c.variant === variant
		);
	}

	standing(dataset: string, measure: string, variant?: string) {
		return this.file.standings.find(
			(s) => s.dataset === dataset && s.measure === measure && s.variant === variant
		);
	}

	/** Every geo of a dataset in this file ('OH', 'US', 'division-…', 'cbp:…'). */
	geos(dataset: string): string[] {
		return [...new Set(this.#datasets.get(dataset)?.series.map((s) => s.geo) ?? [])];
	}
}
