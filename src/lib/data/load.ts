/**
 * Fetching the pipeline's JSON. Called only from load functions, with the
 * fetch SvelteKit passes them (so prerendering inlines the data it used).
 */
import * as v from 'valibot';
import { DatasetFileSchema, unpackDataset, type SourcedSeries } from '../domain/dataset-file';
import { geoFilePath, parseGeoFile, type GeoFile } from '../domain/geo-file';
import { ManifestSchema, measurePath, type DatasetRecord, type Manifest } from '../domain/manifest';

type Fetch = typeof fetch;

export async function getJson(fetch: Fetch, path: string): Promise<unknown> {
	const res = await fetch(`/data/${path}`);
	if (!res.ok)
		throw new Error(
			`The data file ${path} could not be loaded (HTTP ${res.status}). Run "npm run data" to build it.`
		);
	return res.json();
}

export async function loadManifest(fetch: Fetch): Promise<Manifest> {
	return v.parse(ManifestSchema, await getJson(fetch, 'manifest.json'));
}

export interface MeasureData {
	record: DatasetRecord;
	series: SourcedSeries[];
}

/** The dataset's record, or undefined when this build does not have it (or lacks the measure). */
export function datasetWith(
	manifest: Manifest,
	dataset: string,
	measure?: string
): DatasetRecord | undefined {
	const record = manifest.datasets.find((d) => d.id === dataset);
	return record && (!measure || record.coverage.measures.includes(measure)) ? record : undefined;
}

/**
 * One measure of one dataset, all geographies. `recent` loads only the last
 * year of each series (the pipeline's recent slice: states, regions and the
 * US, or with `counties` the counties alone), falling back to the
 * whole measure for data built before that slice existed.
 */
export async function loadMeasure(
	fetch: Fetch,
	manifest: Manifest,
	dataset: string,
	measure: string,
	o: { recent?: boolean; counties?: boolean } = {}
): Promise<MeasureData> {
	const record = datasetWith(manifest, dataset);
	if (!record)
		throw new Error(
			`The dataset ${dataset} is not in this build. Run "npm run data" to import it.`
		);
	const path =
		(o.recent
			? (o.counties ? record.outputs.recentCounties : record.outputs.recent)?.[measure]
			: undefined) ??
		record.outputs.byMeasure[measure] ??
		measurePath(dataset, measure);
	const file = v.parse(DatasetFileSchema, await getJson(fetch, path));
	return { record, series: unpackDataset(file) };
}

/** One state's profile file (by-geo/<code>.json): every dataset's series for it, its division and the US. */
export async function loadGeoFile(fetch: Fetch, code: string): Promise<GeoFile> {
	return parseGeoFile(await getJson(fetch, geoFilePath(code)));
}
