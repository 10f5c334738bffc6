import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CTX } from '../../../../tests/support/geography';
import {
	goldenFixtures,
	pointAt,
	pointCount,
	readFixture,
	skipCount
} from '../../../../tests/support/golden';
import { officialRows } from '../../../../tests/support/official-row';
import { sharedFile } from '../../../../tests/support/shared-data';
import { readCsvText } from '../read-text';
import { cdcDispensing } from './adapter';

const FIXTURES = join(import.meta.dirname, 'fixtures');

goldenFixtures(FIXTURES, cdcDispensing);

test('the BOM is stripped and the legend bin is never taken for the rate', () => {
	const r = readFixture(FIXTURES, 'naloxone', cdcDispensing);
	expect(pointAt(r.series, 'dispensing.naloxone', 'VT', '2022')?.value).toBe(2.1);
	expect(r.series.every((s) => s.unit === 'prescriptions per 100 persons')).toBe(true);
});

describe('the official files in ../shared/data', () => {
	const files = [
		{ rel: 'root-causes/cdc-dispensing/State Naloxone Dispensing Rates.csv', drug: 'naloxone' },
		{
			rel: 'root-causes/cdc-dispensing/State Buprenorphine Dispensing Rates.csv',
			drug: 'buprenorphine'
		}
	];

	test.for(files)('$drug: every row is one point, none left out', ({ rel, drug }, ctx) => {
		const path = sharedFile(rel);
		if (!path) return ctx.skip(`${rel} is not here`);
		const rows = officialRows(path);
		const r = readCsvText(readFileSync(path, 'utf8'), rel, [cdcDispensing], CTX);
		expect(r.rowsRead).toBe(rows.length);
		expect(skipCount(r)).toBe(0);
		expect(pointCount(r.series)).toBe(rows.length);
		expect(r.series).toHaveLength(51);
		expect(r.release).toBe('2023');
		// A known value, read from CDC's file, is the same on the page.
		const wv = rows.find((row) => row.STATE_ABBREV === 'WV' && row.YEAR === '2023')!;
		expect(pointAt(r.series, `dispensing.${drug}`, 'WV', '2023')?.value).toBe(
			Number(wv.get(`${drug}_dispensing_rate`))
		);
	});
});
