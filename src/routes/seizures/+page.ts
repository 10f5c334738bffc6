import { loadManifest, loadMeasure, type MeasureData } from '$lib/data/load';
import type { Manifest } from '$lib/domain/manifest';
import type { PageLoad } from './$types';

/** The slice a plain /seizures link draws: pounds of fentanyl by month (fiscal and calendar years are added up from it). */
const DEFAULT_SLICE = 'seizures.fentanyl.lbs';

/** A dataset the page can do without (deaths, lab reports) is null when this build lacks it. */
async function optional(fetch: typeof globalThis.fetch, m: Manifest, id: string, measure: string) {
	if (!m.datasets.some((d) => d.id === id)) return null;
	return loadMeasure(fetch, m, id, measure);
}

/**
 * The manifest and the slices the default view needs; another drug or unit
 * is fetched in the browser when it is picked (see MeasureCache).
 */
export const load: PageLoad = async ({ fetch }) => {
	const manifest = await loadManifest(fetch);
	const [seizures, deaths, labs]: [MeasureData, MeasureData | null, MeasureData | null] =
		await Promise.all([
			loadMeasure(fetch, manifest, 'cbp-seizures', DEFAULT_SLICE),
			optional(fetch, manifest, 'cdc-vsrr-state', 'deaths.synthetic-opioids'),
			optional(fetch, manifest, 'dea-nflis', 'lab-reports.fentanyl.half-year')
		]);
	return { manifest, seizures, deaths, labs };
};
