/**
 * static/data/manifest.json: what each dataset is, where it came from, and
 * what the pipeline made of it. Pages read it for the source note; /sources
 * lists it whole.
 */
import * as v from 'valibot';
import type { SourceRef } from './citation';
import { texts } from './columns';

export const FileRecordSchema = v.object({
	name: v.string(),
	/** the official URL it was downloaded from, or the path it was imported from */
	source: v.string(),
	retrievedAt: v.string(),
	sha256: v.string(),
	bytes: v.number(),
	encoding: v.string(),
	rowsRead: v.number(),
	rowsSkipped: v.number(),
	skipped: v.array(v.object({ reason: v.string(), count: v.number(), firstRow: v.number() })),
	release: v.string(),
	/** how many series of the output come from this file */
	seriesUsed: v.number()
});
export type FileRecord = v.InferOutput<typeof FileRecordSchema>;

export const DatasetRecordSchema = v.object({
	id: v.string(),
	title: v.string(),
	publisher: v.string(),
	url: v.string(),
	license: v.string(),
	derived: v.boolean(),
	caveats: v.array(v.string()),
	retrievedAt: v.string(),
	files: v.array(FileRecordSchema),
	rowsRead: v.number(),
	rowsSkipped: v.number(),
	coverage: v.object({
		first: v.string(),
		last: v.string(),
		/** every geography, counties (3,000 and more) included: checked by one loop */
		geos: texts,
		measures: texts
	}),
	/** output files, relative to static/data */
	outputs: v.object({
		byMeasure: v.record(v.string(), v.string()),
		/**
		 * per measure: each series from the same period a year before its last value (see
		 * recent.ts); states, regions and the US in `recent`, counties in `recentCounties`
		 */
		recent: v.optional(v.record(v.string(), v.string())),
		recentCounties: v.optional(v.record(v.string(), v.string()))
	})
});
export type DatasetRecord = v.InferOutput<typeof DatasetRecordSchema>;
export type DatasetOutputs = DatasetRecord['outputs'];

/** Where static/data/county-names.json (county-names.ts) came from: kept here, so pages that never read it do not load its schema. */
export const CountyNamesSourceSchema = v.object({
	dataset: v.string(),
	publisher: v.string(),
	/** the official file's name, its SHA-256 and where it came from */
	file: v.string(),
	sha256: v.string(),
	source: v.string(),
	retrievedAt: v.string(),
	/** 'Vintage 2024' */
	release: v.string()
});
export type CountyNamesSource = v.InferOutput<typeof CountyNamesSourceSchema>;

export const ManifestSchema = v.object({
	generatedAt: v.string(),
	datasets: v.array(DatasetRecordSchema),
	/** each state's profile file (geo-file.ts), relative to static/data, by USPS code */
	byGeo: v.optional(v.record(v.string(), v.string()), {}),
	/** county names for /explore (county-names.ts), when the build has a Census county file */
	countyNames: v.optional(
		v.object({ path: v.string(), counties: v.number(), source: CountyNamesSourceSchema })
	)
});
export type Manifest = v.InferOutput<typeof ManifestSchema>;

/** File name of a measure's slice: 'deaths.synthetic-opioids' -> 'cdc-vsrr-state/deaths.synthetic-opioids.json'. */
export function measurePath(dataset: string, measure: string): string {
	return `${dataset}/${measure}.json`;
}

/** File name of a measure's recent slice: 'cdc-vsrr-state/deaths.all-drugs.recent.json', '….recent.counties.json'. */
export function recentPath(dataset: string, measure: string, counties?: 'counties'): string {
	return `${dataset}/${measure}.recent${counties ? '.counties' : ''}.json`;
}

/** How a chart names a dataset: the manifest record and the release its series came from. */
export function sourceRef(record: DatasetRecord, release?: string): SourceRef & { id: string } {
	return {
		id: record.id,
		publisher: record.publisher,
		title: record.title,
		url: record.url,
		release: release ?? record.coverage.last,
		retrievedAt: record.retrievedAt,
		derived: record.derived,
		caveats: record.caveats
	};
}
