import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CTX } from '../../../../tests/support/geography';
import { goldenFixtures, pointAt, pointCount, skipCount } from '../../../../tests/support/golden';
import { officialRows } from '../../../../tests/support/official-row';
import { sharedFile } from '../../../../tests/support/shared-data';
import { readCsvText } from '../read-text';
import { samhsaNsduh } from './adapter';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const REL = 'root-causes/samhsa-nsduh/nsduh_oud_22-23.csv';
const MEASURE = 'prevalence.opioid-use-disorder';

goldenFixtures(FIXTURES, samhsaNsduh);

describe('the official file in ../shared/data', () => {
	const path = sharedFile(REL);

	test('every state and DC is one pooled 2022–2023 estimate, none left out', (ctx) => {
		if (!path) return ctx.skip(`${REL} is not here`);
		const rows = officialRows(path);
		const r = readCsvText(readFileSync(path, 'utf8'), REL, [samhsaNsduh], CTX);
		expect(r.rowsRead).toBe(rows.length);
		expect(skipCount(r)).toBe(0);
		expect(pointCount(r.series)).toBe(rows.length);
		expect(r.series.map((s) => s.geo).sort()).toEqual(
			CTX.geography.jurisdictions
				.filter((j) => j.fips && j.code !== 'PR')
				.map((j) => j.code)
				.sort()
		);
		expect(r.series.every((s) => s.points[0]!.period === '2022-2023')).toBe(true);
	});

	test('Kentucky’s estimate and interval are SAMHSA’s proportions as percentages', (ctx) => {
		if (!path) return ctx.skip(`${REL} is not here`);
		const ky = officialRows(path).find((row) => row.state === 'Kentucky')!;
		const r = readCsvText(readFileSync(path, 'utf8'), REL, [samhsaNsduh], CTX);
		const p = pointAt(r.series, MEASURE, 'KY', '2022-2023')!;
		expect(p.value).toBeCloseTo(Number(ky.get('estimate')) * 100, 10);
		expect(p.low).toBeCloseTo(Number(ky.get('ci_lower')) * 100, 10);
		expect(p.high).toBeCloseTo(Number(ky.get('ci_upper')) * 100, 10);
		expect(p.note).toMatch(/^95 % confidence interval: /);
	});
});
