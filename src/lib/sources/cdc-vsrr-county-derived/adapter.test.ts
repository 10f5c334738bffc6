import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { goldenFixtures } from '../../../../tests/support/golden';
import { CTX } from '../../../../tests/support/geography';
import { sharedFile } from '../../../../tests/support/shared-data';
import { measure } from '../../domain/measures';
import { cdcVsrrCountyDerived } from './adapter';

const read = (path: string, name = path) =>
	cdcVsrrCountyDerived.readJson(JSON.parse(readFileSync(path, 'utf8')), name, CTX);

goldenFixtures(join(import.meta.dirname, 'fixtures'), read);

test('only the county-keyed shape is recognized as this dataset', () => {
	const detect = (v: unknown) => cdcVsrrCountyDerived.detectJson(v);
	const county = { cty_name: 'A', st_name: 'Ohio', pop: '1', mort_100k: null, pct_chg_mort: null };
	expect(detect({ '39035': county })).toBe(true);
	expect(detect({ '39': county })).toBe(false); // a state file (od_states.json) is not this
	expect(detect({ '39035': { cty_name: 'A' } })).toBe(false);
	expect(detect([county])).toBe(false);
	expect(detect({})).toBe(false);
});

describe('the derived file in ../shared/data', () => {
	const rel = 'cdc-vsrr-county/derived/od_counties.json';

	test('each of the 3,142 counties gives three points; nulls stay gaps', (ctx) => {
		const path = sharedFile(rel);
		if (!path) return ctx.skip(`${rel} is not here`);
		const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, unknown>>;
		const r = read(path);
		expect([r.rowsRead, r.skipped, r.series.length]).toEqual([3142, [], 3142 * 3]);
		expect(r.series.every((s) => measure(s.measure) && /^\d{5}$/.test(s.geo))).toBe(true);
		const rates = r.series.filter((s) => s.measure === 'rate.deaths.all-drugs.crude');
		const gaps = rates.filter((s) => s.points[0]!.value === null);
		expect(gaps).toHaveLength(2059);
		expect(gaps.every((s) => s.points[0]!.status === 'missing')).toBe(true);
		for (const s of rates) expect(s.points[0]!.value).toBe(raw[s.geo]!.mort_100k);
	});

	test('a county’s values in the file are shown unchanged (change as a percent)', (ctx) => {
		const path = sharedFile(rel);
		if (!path) return ctx.skip(`${rel} is not here`);
		const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, unknown>>;
		const [fips, county] = Object.entries(raw).find(
			([, c]) => c.mort_100k !== null && c.pct_chg_mort !== null && c.pop !== null
		)!;
		const r = read(path);
		const value = (m: string) =>
			r.series.find((s) => s.measure === m && s.geo === fips)!.points[0]!.value;
		expect(value('rate.deaths.all-drugs.crude')).toBe(county.mort_100k);
		expect(value('change.deaths.all-drugs')).toBeCloseTo((county.pct_chg_mort as number) * 100, 9);
		expect(value('population')).toBe(Number(county.pop));
	});
});
