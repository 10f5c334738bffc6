/**
 * Map shapes from us-atlas TopoJSON already projected to Albers USA
 * (states-albers-10m.json, counties-albers-10m.json: a 975 × 610 frame, with
 * Alaska and Hawaii moved in), turned into SVG path data. Being projected
 * already, no projection library is needed: topojson-client decodes, and this
 * module only writes coordinates as path commands.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

import type { Shape } from './frame';

export { FRAME, type Shape } from './frame';

const r1 = (x: number) => Math.round(x * 10) / 10;
const ringPath = (ring: readonly Position[]) =>
	`M${ring.map(([x, y]) => `${r1(x!)},${r1(y!)}`).join('L')}Z`;

/** Signed area and centroid of a ring (shoelace formula). */
function ringCentroid(ring: readonly Position[]): { area: number; c: [number, number] } {
	let a = 0;
	let cx = 0;
	let cy = 0;
	for (let i = 0; i < ring.length - 1; i++) {
		const [x0, y0] = ring[i] as [number, number];
		const [x1, y1] = ring[i + 1] as [number, number];
		const cross = x0 * y1 - x1 * y0;
		a += cross;
		cx += (x0 + x1) * cross;
		cy += (y0 + y1) * cross;
	}
	if (a === 0) {
		const [x, y] = ring[0] as [number, number];
		return { area: 0, c: [x, y] };
	}
	return { area: Math.abs(a / 2), c: [cx / (3 * a), cy / (3 * a)] };
}

function polygonsOf(f: Feature): Position[][][] {
	const g = f.geometry as Polygon | MultiPolygon | null;
	if (!g) return [];
	return g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
}

export function shapeOf(f: Feature): Shape {
	const polygons = polygonsOf(f);
	const d = polygons.flatMap((rings) => rings.map(ringPath)).join('');
	const outers = polygons.map((rings) => ringCentroid(rings[0] ?? []));
	const largest = outers.reduce((a, b) => (b.area > a.area ? b : a), outers[0]!);
	const xs = polygons.flat(2).map((p) => p[0]!);
	const ys = polygons.flat(2).map((p) => p[1]!);
	const boxArea = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
	return {
		id: String(f.id),
		name: String((f.properties as { name?: string } | null)?.name ?? f.id),
		d,
		centroid: [r1(largest.c[0]), r1(largest.c[1])],
		boxArea
	};
}

/** Every shape of one object of the topology ('states' or 'counties'). */
export function shapesFromTopology(topology: Topology, object: string): Shape[] {
	const o = topology.objects[object] as GeometryCollection | undefined;
	if (!o) throw new Error(`The map file has no "${object}" layer.`);
	return feature(topology, o).features.map(shapeOf);
}
