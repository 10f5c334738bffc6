// PLACEHOLDER: the state profile is being built on another branch; this route
// exists so the map's links resolve and every state's page is prerendered.
import { error } from '@sveltejs/kit';
import { GEOGRAPHY } from '$lib/data/geography';
import { statesAndDc } from '$lib/domain/geo';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => statesAndDc(GEOGRAPHY).map((j) => ({ code: j.code }));

export const load: PageLoad = ({ params }) => {
	const state = statesAndDc(GEOGRAPHY).find((j) => j.code === params.code);
	if (!state) error(404, `There is no state with the code “${params.code}”.`);
	return { code: state.code, name: state.name };
};
