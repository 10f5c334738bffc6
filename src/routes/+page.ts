import { browser } from '$app/environment';
import { datasetWith, loadManifest, loadMeasure } from '$lib/data/load';
import { loadShapes } from '$lib/maps/atlas';
import type { PageLoad } from './$types';

const VSRR = 'cdc-vsrr-state';
const POPULATION = 'census-population';

/**
 * The overview loads the full fentanyl series (the trend, any place) and only
 * the recent slice of each measure it maps (headlines, map, what changed);
 * population when the build has it, for rates. The map outlines are a static
 * asset fetched in the browser, not part of the prerendered page.
 */
export const load: PageLoad = async ({ fetch }) => {
	const manifest = await loadManifest(fetch);
	const withPopulation = datasetWith(manifest, POPULATION, 'population');
	const [trend, fentanyl, allDrugs, population] = await Promise.all([
		loadMeasure(fetch, manifest, VSRR, 'deaths.synthetic-opioids'),
		loadMeasure(fetch, manifest, VSRR, 'deaths.synthetic-opioids', { recent: true }),
		loadMeasure(fetch, manifest, VSRR, 'deaths.all-drugs', { recent: true }),
		withPopulation ? loadMeasure(fetch, manifest, POPULATION, 'population', { recent: true }) : null
	]);
	return {
		...trend,
		recent: { 'synthetic-opioids': fentanyl, 'all-drugs': allDrugs },
		population,
		atlas: browser ? loadShapes(fetch, 'states') : null
	};
};
