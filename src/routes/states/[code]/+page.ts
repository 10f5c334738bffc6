import { error } from '@sveltejs/kit';
import { GEOGRAPHY } from '$lib/data/geography';
import { glanceTable } from '$lib/charts/glance-table';
import { loadGeoFile } from '$lib/data/load';
import { statesAndDc } from '$lib/domain/geo';
import { GeoProfile } from '$lib/domain/geo-file';
import { placesOf } from '$lib/domain/profile';
import { settled } from '$lib/tasks';
import { GLANCE } from './glance';
import type { EntryGenerator, PageLoad } from './$types';

const CODES = statesAndDc(GEOGRAPHY).map((j) => j.code);

// every state and DC is prerendered, whether or not a link to it was crawled
export const entries: EntryGenerator = () => CODES.map((code) => ({ code }));

export const load: PageLoad = async ({ params, fetch }) => {
	if (!CODES.includes(params.code))
		error(404, `There is no state profile for “${params.code}”: use a two-letter code such as OH.`);
	const profile = new GeoProfile(await loadGeoFile(fetch, params.code));
	const places = placesOf(GEOGRAPHY, profile);
	// the at-a-glance table is made here, in a task before the page's, not while it hydrates
	return settled({ profile, places, glance: glanceTable(profile, places, GLANCE) });
};
