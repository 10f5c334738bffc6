import { browser } from '$app/environment';
import { datasetWith, loadManifest, loadMeasure } from '$lib/data/load';
import { atlasLoader } from '$lib/maps/atlas';
import type { PageLoad } from './$types';
import { COUNTY } from './overview';

const VSRR = 'cdc-vsrr-state';
const POPULATION = 'census-population';

/**
 * The overview loads the full fentanyl series (the trend, any place) and only
 * the recent slice of each measure it maps (headlines, map, what changed);
 * population when the build has it, for rates. The map outlines (a static
 * asset) and the county figures are fetched in the browser when a map needs
 * them, through loaders made here with this load's fetch.
 */
export const load: PageLoad = async ({ fetch }) => {
	const manifest = await loadManifest(fetch);
	const withPopulation = datasetWith(manifest, POPULATION, 'population');
	const withCounties = Boolean(datasetWith(manifest, COUNTY.dataset, COUNTY.measure));
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
		withCounties,
		atlas: browser ? atlasLoader(fetch) : null,
		counties:
			browser && withCounties
				? () =>
						loadMeasure(fetch, manifest, COUNTY.dataset, COUNTY.measure, {
							recent: true,
							counties: true
						})
				: null
	};
};
