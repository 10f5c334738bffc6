import { loadManifest, loadMeasure } from '$lib/data/load';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const manifest = await loadManifest(fetch);
	return loadMeasure(fetch, manifest, 'cdc-vsrr-state', 'deaths.synthetic-opioids');
};
