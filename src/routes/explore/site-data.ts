/**
 * The site's own series, fetched when the person asks to compare with one
 * (or asks for rates), and the county names, fetched when a file's places
 * need them: too much to load with the page. Only files of this site are
 * fetched; nothing of the person's data goes with them.
 */
import { loadMeasure, type MeasureData } from '$lib/data/load';
import type { CountyName } from '$lib/domain/county-names';
import type { Manifest } from '$lib/domain/manifest';

const cache = new Map<string, Promise<MeasureData>>();

export function siteMeasure(
	manifest: Manifest,
	dataset: string,
	measure: string
): Promise<MeasureData> {
	const key = `${dataset}/${measure}`;
	let data = cache.get(key);
	if (!data) {
		data = loadMeasure(fetch, manifest, dataset, measure);
		cache.set(key, data);
		data.catch(() => cache.delete(key));
	}
	return data;
}

let countyNames: Promise<CountyName[]> | null = null;

/** The Census county names, fetched once, when a file's place column needs them. */
export function siteCountyNames(manifest: Manifest): Promise<CountyName[]> {
	if (!countyNames) {
		// its reader (and the file's schema) load with it, not with the page
		countyNames = import('$lib/data/county-names').then((m) => m.loadCountyNames(fetch, manifest));
		countyNames.catch(() => (countyNames = null));
	}
	return countyNames;
}
