import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseRegions } from './regions-csv';
import { customRegion, regionById, regionPoints } from './regions';
import type { Point } from './series';

const geo = parseRegions(
	readFileSync(new URL('../../../data/regions.csv', import.meta.url), 'utf8')
);
const pts = (v: number | null): Point[] => [
	{ period: '2024-12', value: v, status: v === null ? 'missing' : 'provisional' }
];

test('a region’s count is the sum of its members’', () => {
	const data: Record<string, Point[]> = { CA: pts(100), AZ: pts(20), NM: pts(3), TX: pts(40) };
	expect(regionPoints(regionById(geo, 'border-southwest')!, (c) => data[c])[0]).toMatchObject({
		value: 163,
		status: 'provisional'
	});
});

test('a member without a series makes the region’s value missing and names it', () => {
	const [p] = regionPoints(regionById(geo, 'border-southwest')!, (c) =>
		c === 'TX' ? undefined : pts(1)
	);
	expect(p).toMatchObject({ value: null, status: 'missing', note: 'No value for TX.' });
});

test('a custom group keeps known states once and drops the rest', () => {
	expect(customRegion(geo, ['OH', 'KY', 'OH', 'ZZ', 'YC'])).toMatchObject({
		id: 'custom:OH,KY',
		members: ['OH', 'KY']
	});
	expect(customRegion(geo, ['ZZ'])).toBeNull();
});
