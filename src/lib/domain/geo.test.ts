import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { statesAndDc } from './geo';
import { parseRegions } from './regions-csv';

const geo = parseRegions(
	readFileSync(new URL('../../../data/regions.csv', import.meta.url), 'utf8')
);
const members = (id: string) =>
	geo.regions
		.find((r) => r.id === id)
		?.members.slice()
		.sort()
		.join(' ');

test('every state and DC appears once, with a 2-digit FIPS code', () => {
	const states = statesAndDc(geo);
	expect(states).toHaveLength(51);
	expect(new Set(states.map((s) => s.code)).size).toBe(51);
	expect(new Set(states.map((s) => s.fips)).size).toBe(51);
	expect(states.every((s) => /^\d{2}$/.test(s.fips))).toBe(true);
});

test.each([
	['hhs-1', 'CT MA ME NH RI VT'],
	['hhs-2', 'NJ NY PR'],
	['hhs-6', 'AR LA NM OK TX'],
	['hhs-10', 'AK ID OR WA'],
	['census-northeast', 'CT MA ME NH NJ NY PA RI VT'],
	['division-mountain', 'AZ CO ID MT NM NV UT WY'],
	['border-southwest', 'AZ CA NM TX'],
	['border-northern', 'AK ID ME MI MN MT ND NH NY VT WA']
])('%s holds %s', (id, expected) => expect(members(id)).toBe(expected));

test('every state is in exactly one census region, division and HHS region', () => {
	for (const kind of ['census-region', 'census-division', 'hhs-region'] as const) {
		const all = geo.regions.filter((r) => r.kind === kind).flatMap((r) => r.members);
		const states = statesAndDc(geo).map((s) => s.code);
		for (const s of states)
			expect(
				all.filter((m) => m === s),
				`${s} in ${kind}`
			).toHaveLength(1);
	}
});
