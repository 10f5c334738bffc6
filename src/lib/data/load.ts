/**
 * Fetching the pipeline's JSON. Called from load functions with the fetch
 * SvelteKit passes them. While pages are prerendered the files are read from
 * static/data instead: SvelteKit inlines every response its fetch reads into
 * the page's HTML (as escaped JSON, ~1 MB on the overview), and the browser
 * would parse all of it before the page could respond. Read from disk, the
 * HTML carries only the markup; the browser fetches the same files (gzip,
 * cached) when the page starts, before hydrating.
 */
import * as v from 'valibot';
import { DatasetFileSchema, unpackDataset, type SourcedSeries } from '../domain/dataset-file';
import { geoFilePath, parseGeoFile, type GeoFile } from '../domain/geo-file';
import { ManifestSchema, measurePath, type DatasetRecord, type Manifest } from '../domain/manifest';
import { settled } from '../tasks';

type Fetch = typeof fetch;

export async function getJson(fetch: Fetch, path: string): Promise<unknown> {
	if (import.meta.env.SSR) return readStatic(path);
	const res = await fetch(`/data/${path}`);
	if (!res.ok)
		throw new Error(
			`The data file ${path} could not be loaded (HTTP ${res.status}). Run "npm run data" to build it.`
		);
	return res.json();
}

/** The server's read of a data file (only in the server build: the branch is dropped from the browser's). */
async function readStatic(path: string): Promise<unknown> {
	const { readFile } = await import('node:fs/promises');
	try {
		return JSON.parse(await readFile(`static/data/${path}`, 'utf8'));
	} catch (e) {
		throw new Error(
			`The data file ${path} could not be read (${(e as Error).message}). Run "npm run data" to build it.`,
			{ cause: e }
		);
	}
}

export async function loadManifest(fetch: Fetch): Promise<Manifest> {
	return settled(v.parse(ManifestSchema, await getJson(fetch, 'manifest.json')));
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
	return settled({ record, series: unpackDataset(file) });
}

/** One state's profile file (by-geo/<code>.json): every dataset's series for it, its division and the US. */
export async function loadGeoFile(fetch: Fetch, code: string): Promise<GeoFile> {
	return settled(parseGeoFile(await getJson(fetch, geoFilePath(code))));
}
