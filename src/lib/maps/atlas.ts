/**
 * The map outlines, loaded when a map is drawn rather than bundled. The
 * states come as path data made when the site is built (/maps/states.json);
 * the counties as us-atlas's TopoJSON (250 kB gzip, against 330 kB as path
 * data), decoded in the browser by topojson-client, itself loaded only then.
 * Called from load functions, with their fetch.
 */
import { resolve } from '$app/paths';
import countiesUrl from 'us-atlas/counties-albers-10m.json?url';
import type { Shape } from './frame';

export type MapLevel = 'states' | 'counties';

export async function loadShapes(
	fetch: typeof globalThis.fetch,
	level: MapLevel
): Promise<Shape[]> {
	const url = level === 'states' ? resolve('/maps/states.json') : countiesUrl;
	const [res, decode] = await Promise.all([
		fetch(url),
		level === 'states' ? null : import('./shapes')
	]);
	if (!res.ok) throw new Error(`The ${level} map could not be loaded (HTTP ${res.status}).`);
	const body: unknown = await res.json();
	return decode ? decode.shapesFromTopology(body as never, level) : (body as Shape[]);
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
