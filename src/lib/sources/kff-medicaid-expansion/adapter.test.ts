import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { readCsvFile } from '../../../../scripts/pipeline/read-csv';
import { EXPANSION, expansionDates } from '../../domain/medicaid-expansion';
import { CTX } from '../../../../tests/support/geography';
import { goldenFixtures, pointAt, pointCount, skipCount } from '../../../../tests/support/golden';
import { sharedFile } from '../../../../tests/support/shared-data';
import { kffMedicaidExpansion } from './adapter';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const REL = 'root-causes/kff-medicaid-expansion/aca_exp_raw_data.csv';

goldenFixtures(FIXTURES, kffMedicaidExpansion);

/** KFF's state rows, read apart from the adapter: below the header, above the blank line. */
function officialStates(path: string) {
	const lines = readFileSync(path, 'utf8')
		.replace(/^\uFEFF/, '')
		.replace(/\r\n/g, '\n')
		.split('\n');
	const header = lines.findIndex((l) => l.startsWith('"Location"'));
	const body = lines.slice(header, lines.indexOf('', header)).join('\n');
	return Papa.parse<Record<string, string>>(body, { header: true }).data.filter(
		(r) => r.Location !== 'United States'
	);
}

describe('the official file in ../shared/data', () => {
	const path = sharedFile(REL);
	const read = () =>
		readCsvFile(path!, { name: REL, adapters: [kffMedicaidExpansion], ctx: CTX, progress: false });

	test('title lines, mixed line endings, short rows and the footer are handled; the US row is the only one left out', async (ctx) => {
		if (!path) return ctx.skip(`${REL} is not here`);
		const states = officialStates(path);
		const r = await read();
		expect(states).toHaveLength(51);
		expect(r.rowsRead).toBe(states.length + 1);
		expect(r.skipped).toEqual([
			{
				reason: 'the United States summary row (counts of states), not a state',
				count: 1,
				firstRow: 4
			}
		]);
		expect(skipCount(r)).toBe(1);
		expect(r.release).toBe('2025-08');
		// 2013–2025 yearly, plus one status point per state.
		expect(pointCount(r.series)).toBe(states.length * (13 + 1));
	});

	test('each state’s date in KFF’s file is the date the timeline gets', async (ctx) => {
		if (!path) return ctx.skip(`${REL} is not here`);
		const states = officialStates(path);
		const dates = new Map(expansionDates((await read()).series).map((a) => [a.geo, a]));
		for (const row of states) {
			const code = [...CTX.geography.byCode.values()].find((j) => j.name === row.Location)!.code;
			const kff = row['Expansion Implementation Date']!;
			const [m, d, y] = kff.split('/');
			const iso = kff === 'N/A' ? null : `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
			expect(dates.get(code)?.date, row.Location).toBe(iso);
			expect(dates.get(code)?.status === 'not-adopted', row.Location).toBe(
				row['Status of Medicaid Expansion Decision'] === 'Not Adopted'
			);
		}
	});

	test('Missouri, from October 1, 2021: a quarter of 2021, all of 2022, none of 2020', async (ctx) => {
		if (!path) return ctx.skip(`${REL} is not here`);
		const mo = officialStates(path).find((r) => r.Location === 'Missouri')!;
		expect(mo['Expansion Implementation Date']).toBe('10/1/2021');
		const { series } = await read();
		expect(pointAt(series, EXPANSION, 'MO', '2020')?.value).toBe(0);
		expect(pointAt(series, EXPANSION, 'MO', '2021')?.value).toBeCloseTo(92 / 365, 12);
		expect(pointAt(series, EXPANSION, 'MO', '2022')?.value).toBe(1);
		expect(pointAt(series, EXPANSION, 'MO', '2021')?.note).toBe(
			'Expansion in effect from 10/1/2021 (KFF, as of August 2025).'
		);
	});
});
