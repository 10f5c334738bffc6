import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { expect, test } from 'vitest';
import { CTX } from '../../../tests/support/geography';
import { statesAndDc } from '../domain/geo';
import { shapesFromTopology } from './shapes';

// A hand-made topology: a 10 × 10 square (id '01') and a two-part shape (id '02').
const topology = {
	type: 'Topology',
	objects: {
		states: {
			type: 'GeometryCollection',
			geometries: [
				{ type: 'Polygon', id: '01', properties: { name: 'Square' }, arcs: [[0]] },
				{ type: 'MultiPolygon', id: '02', properties: { name: 'Islands' }, arcs: [[[1]], [[2]]] }
			]
		}
	},
	arcs: [
		[
			[0, 0],
			[10, 0],
			[10, 10],
			[0, 10],
			[0, 0]
		],
		[
			[20, 0],
			[21, 0],
			[21, 1],
			[20, 0]
		],
		[
			[30, 0],
			[40, 0],
			[40, 10],
			[30, 10],
			[30, 0]
		]
	]
} as unknown as Topology;

test('each shape keeps its FIPS id and name, and becomes SVG path data', () => {
	const [square, islands] = shapesFromTopology(topology, 'states');
	expect(square).toMatchObject({
		id: '01',
		name: 'Square',
		d: 'M0,0L10,0L10,10L0,10L0,0Z',
		centroid: [5, 5],
		boxArea: 100
	});
	// two parts, one path; the centre is that of the larger part
	expect(islands!.d.match(/M/g)).toHaveLength(2);
	expect(islands!.centroid).toEqual([35, 5]);
});

test('an unknown layer is an error that names it', () => {
	expect(() => shapesFromTopology(topology, 'counties')).toThrow('no "counties" layer');
});

const atlas = (name: string) =>
	JSON.parse(
		readFileSync(createRequire(import.meta.url).resolve(`us-atlas/${name}`), 'utf8')
	) as Topology;

test('us-atlas states join every state and DC of data/regions.csv on FIPS, and nothing else', () => {
	const shapes = shapesFromTopology(atlas('states-albers-10m.json'), 'states');
	const ids = shapes.map((s) => s.id).sort();
	expect(ids).toEqual(
		statesAndDc(CTX.geography)
			.map((j) => j.fips)
			.sort()
	);
	// DC is the one shape too small to see or click without a marker
	expect(shapes.filter((s) => s.boxArea < 20).map((s) => s.id)).toEqual(['11']);
});

test('us-atlas counties have 5-digit FIPS ids, each within a known state', () => {
	const shapes = shapesFromTopology(atlas('counties-albers-10m.json'), 'counties');
	expect(shapes.length).toBeGreaterThan(3000);
	const states = new Set(statesAndDc(CTX.geography).map((j) => j.fips));
	expect(shapes.every((s) => /^\d{5}$/.test(s.id) && states.has(s.id.slice(0, 2)))).toBe(true);
});
