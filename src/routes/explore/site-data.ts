/**
 * The site's own series, fetched when the person asks to compare with one
 * (or asks for rates): there are too many to load with the page. Only files
 * of this site are fetched; nothing of the person's data goes with them.
 */
import { loadMeasure, type MeasureData } from '$lib/data/load';
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
