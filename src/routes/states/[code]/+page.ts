import { error } from '@sveltejs/kit';
import { GEOGRAPHY } from '$lib/data/geography';
import { loadGeoFile } from '$lib/data/load';
import { statesAndDc } from '$lib/domain/geo';
import type { EntryGenerator, PageLoad } from './$types';

const CODES = statesAndDc(GEOGRAPHY).map((j) => j.code);

// every state and DC is prerendered, whether or not a link to it was crawled
export const entries: EntryGenerator = () => CODES.map((code) => ({ code }));

export const load: PageLoad = async ({ params, fetch }) => {
	if (!CODES.includes(params.code))
		error(404, `There is no state profile for “${params.code}”: use a two-letter code such as OH.`);
	return { file: await loadGeoFile(fetch, params.code) };
};
