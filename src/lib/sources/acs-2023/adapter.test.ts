import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CTX } from '../../../../tests/support/geography';
import { goldenFixtures, pointAt, pointCount, skipCount } from '../../../../tests/support/golden';
import { officialRows } from '../../../../tests/support/official-row';
import { sharedFile } from '../../../../tests/support/shared-data';
import { readCsvText } from '../read-text';
import { acs2023, SHARES } from './adapter';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const DIR = 'root-causes/acs-2023';

goldenFixtures(FIXTURES, acs2023);

test('a file named for another ACS year is not taken for 2023', () => {
	const text = readFileSync(join(FIXTURES, 'poverty/input.csv'), 'utf8');
	expect(() => readCsvText(text, 'acs2022_1yr_C17002.csv', [acs2023], CTX)).toThrow(
		'acs2022_1yr_C17002.csv: expected the ACS 2023 release, found a file named for ACS 2022.'
	);
});

describe.each(SHARES)('the official $table file in ../shared/data', (share) => {
	const rel = `${DIR}/acs2023_1yr_${share.table}_04000US29.csv`;
	const path = sharedFile(rel);
	const meta = sharedFile(`${DIR}/acs2023_1yr_${share.table}_04000US29.metadata.json`);

	test('every state and DC is one 2023 point, none left out', (ctx) => {
		if (!path) return ctx.skip(`${rel} is not here`);
		const rows = officialRows(path);
		const r = readCsvText(readFileSync(path, 'utf8'), rel, [acs2023], CTX);
		expect(r.rowsRead).toBe(rows.length);
		expect(skipCount(r)).toBe(0);
		expect(pointCount(r.series)).toBe(rows.length);
		expect(r.series).toHaveLength(51);
		// Every state has a margin of error, and the range holds the estimate.
		for (const s of r.series) {
			const p = s.points[0]!;
			expect(p.low! < p.value! && p.value! < p.high!, s.geo).toBe(true);
		}
	});

	test('New Mexico’s share is computed from the Census Bureau’s own cells', (ctx) => {
		if (!path) return ctx.skip(`${rel} is not here`);
		const nm = officialRows(path).find((row) => row.name === 'New Mexico')!;
		const part = share.parts.reduce((n, c) => n + Number(nm.get(c)), 0);
		const r = readCsvText(readFileSync(path, 'utf8'), rel, [acs2023], CTX);
		expect(pointAt(r.series, share.measure, 'NM', '2023')?.value).toBeCloseTo(
			(part / Number(nm.get(share.total))) * 100,
			10
		);
	});

	test('the cells summed are the ones the metadata names', (ctx) => {
		if (!meta) return ctx.skip('the .metadata.json is not here');
		const table = JSON.parse(readFileSync(meta, 'utf8')).tables[share.table];
		const cols: Record<string, { name: string; indent: number }> = table.columns;
		expect(table.denominator_column_id).toBe(share.total);
		const expected =
			share.table === 'B27010'
				? Object.keys(cols).filter((id) => cols[id]!.name === 'No health insurance coverage')
				: Object.keys(cols).filter((id) => ['Under .50', '.50 to .99'].includes(cols[id]!.name));
		expect(share.parts).toEqual(expected);
	});
});
