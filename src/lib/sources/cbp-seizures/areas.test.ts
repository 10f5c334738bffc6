/** data/cbp-areas.csv against CBP's files and the project's geography. */
import { describe, expect, test } from 'vitest';
import { AREAS, CTX } from '../../../../tests/support/geography';
import { officialRows } from '../../../../tests/support/official-row';
import { sharedFile } from '../../../../tests/support/shared-data';
import { CBP_COMPONENTS, CBP_REGIONS, cbpAreaGeo } from '../../domain/cbp';

const FILES = [
	'cbp-seizures/nationwide-drugs-fy19-fy22.csv',
	'cbp-seizures/nationwide-drugs-fy23-fy26-apr.csv',
	'cbp-seizures/amo-drug-seizures-fy19-fy22.csv',
	'cbp-seizures/amo-drug-seizures-fy23-fy26-dec.csv'
];
const componentId = new Map<string, string>(CBP_COMPONENTS.map((c) => [c.name, c.id]));
const regionId = new Map<string, string>(CBP_REGIONS.map((r) => [r.name, r.id]));

describe('every row of data/cbp-areas.csv', () => {
	test.each(AREAS.map((a) => [a.name, a] as const))('%s', (_, a) => {
		expect(a.id).toBe(cbpAreaGeo(a.name));
		expect(CBP_COMPONENTS.map((c) => c.id)).toContain(a.component);
		expect(a.regions.length).toBeGreaterThan(0);
		for (const r of a.regions) expect([...regionId.values()]).toContain(r);
		for (const code of a.states) {
			const place = CTX.geography.byCode.get(code);
			expect(place?.fips, `${code} is not a state code of data/regions.csv`).toBeTruthy();
		}
		expect(new Set(a.states).size).toBe(a.states.length);
		// no states: the note must say why (a national unit, abroad, or not confirmed)
		if (!a.states.length) expect(a.note).toMatch(/No single state|No state|not confirmed/);
		expect(a.source).toMatch(/^https?:\/\//);
	});

	test('ids are unique', () => {
		expect(new Set(AREAS.map((a) => a.id)).size).toBe(AREAS.length);
	});
});

test.for(FILES)('every area of %s has its row, with the same component and region', (rel, ctx) => {
	const path = sharedFile(rel);
	if (!path) return ctx.skip(`${rel} is not here`);
	const byId = new Map(AREAS.map((a) => [a.id, a]));
	const seen = new Set<string>();
	for (const row of officialRows(path)) {
		const name = row['Area of Responsibility'] ?? row.get('Branch');
		const key = `${name}|${row.get('Component')}|${row.get('Region')}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const area = byId.get(cbpAreaGeo(name));
		expect(area, `${name} is not in data/cbp-areas.csv`).toBeDefined();
		expect(area!.name).toBe(name);
		expect(area!.component).toBe(componentId.get(row.get('Component')));
		expect(area!.regions).toContain(regionId.get(row.get('Region')));
	}
});
