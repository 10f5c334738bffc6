/**
 * The map outlines, loaded when a map is drawn rather than bundled: the
 * us-atlas files are emitted as static assets (about 30 KB gzip for states,
 * 250 KB for counties) and decoded by topojson-client, which is itself loaded
 * only then. Called from load functions, with their fetch.
 */
import statesUrl from 'us-atlas/states-albers-10m.json?url';
import countiesUrl from 'us-atlas/counties-albers-10m.json?url';
import type { Shape } from './frame';

export type MapLevel = 'states' | 'counties';

const URLS: Record<MapLevel, string> = { states: statesUrl, counties: countiesUrl };

export async function loadShapes(
	fetch: typeof globalThis.fetch,
	level: MapLevel
): Promise<Shape[]> {
	const [res, { shapesFromTopology }] = await Promise.all([fetch(URLS[level]), import('./shapes')]);
	if (!res.ok) throw new Error(`The ${level} map could not be loaded (HTTP ${res.status}).`);
	return shapesFromTopology(await res.json(), level);
}

/** A loader that fetches each level's outlines once, with the load function's fetch. */
export function atlasLoader(fetch: typeof globalThis.fetch): (level: MapLevel) => Promise<Shape[]> {
	const cache = new Map<MapLevel, Promise<Shape[]>>();
	return (level) => {
		let shapes = cache.get(level);
		if (!shapes) cache.set(level, (shapes = loadShapes(fetch, level)));
		return shapes;
	};
}
