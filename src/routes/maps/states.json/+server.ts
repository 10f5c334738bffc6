import { json } from '@sveltejs/kit';
import topology from 'us-atlas/states-albers-10m.json';
import type { Topology } from 'topojson-specification';
import { shapesFromTopology } from '$lib/maps/shapes';

/**
 * The state outlines as SVG path data, written once when the site is built
 * (listed in svelte.config.js: the browser fetches it, no page links to it).
 * Decoding the TopoJSON in the browser took ~25 ms of a phone's main thread
 * for the same 52 shapes; the file is 40 kB gzip against the TopoJSON's 30.
 */
export const prerender = true;

export const GET = () => json(shapesFromTopology(topology as unknown as Topology, 'states'));
