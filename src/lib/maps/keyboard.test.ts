import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { expect, test } from 'vitest';
import { CTX } from '../../../tests/support/geography';
import { KEYS, nextInDirection, type Direction, type Spot } from './keyboard';
import { shapesFromTopology } from './shapes';

const path = createRequire(import.meta.url).resolve('us-atlas/states-albers-10m.json');
const shapes = shapesFromTopology(JSON.parse(readFileSync(path, 'utf8')) as Topology, 'states');
const code = (fips: string) => CTX.geography.byFips.get(fips)!.code;
const spots: Spot[] = shapes.map((s) => ({ id: code(s.id), x: s.centroid[0], y: s.centroid[1] }));

test.each([
	['OH', 'left', 'IN'],
	['OH', 'up', 'MI'],
	['TX', 'up', 'OK'],
	['CA', 'right', 'NV'],
	['ME', 'left', 'NH'],
	['MD', 'left', 'DC'],
	['WA', 'up', null],
	['ME', 'right', null]
] as const)('on the states map, from %s the %s arrow goes to %s', (from, dir, to) => {
	expect(nextInDirection(spots, from, dir)).toBe(to);
});

test('every state, DC, Alaska and Hawaii can be reached from any other with the arrow keys', () => {
	const dirs = Object.values(KEYS) as Direction[];
	const seen = new Set(['WA']);
	const queue = ['WA'];
	while (queue.length) {
		const at = queue.shift()!;
		for (const d of dirs) {
			const next = nextInDirection(spots, at, d);
			if (next && !seen.has(next)) {
				seen.add(next);
				queue.push(next);
			}
		}
	}
	expect([...seen].sort()).toEqual(spots.map((s) => s.id).sort());
});

test('from nowhere, any arrow starts at the first shape', () => {
	expect(nextInDirection(spots, 'XX', 'down')).toBe(spots[0]!.id);
});
