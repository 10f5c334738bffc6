import { loadManifest, loadMeasure } from '$lib/data/load';
import { trendChoices } from '$lib/domain/trend-measures';
import type { PageLoad } from './$types';

/** The measure a plain /trends link shows: synthetic opioids, mainly fentanyl, from CDC VSRR. */
const DEFAULT_KEY = 'cdc-vsrr-state:deaths.synthetic-opioids';

/**
 * The manifest and the default measure only: the prerendered page draws the
 * default view, and any other measure a link or the reader picks is fetched
 * in the browser when it is picked.
 */
export const load: PageLoad = async ({ fetch }) => {
	const manifest = await loadManifest(fetch);
	const choices = trendChoices(manifest.datasets);
	const first = choices.find((c) => c.key === DEFAULT_KEY) ?? choices[0];
	const initial = first ? await loadMeasure(fetch, manifest, first.dataset, first.measure) : null;
	return { manifest, choices, defaultKey: first?.key ?? null, initial };
};
