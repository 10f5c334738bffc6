import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { goldenFixtures } from '../../../../tests/support/golden';
import { CTX } from '../../../../tests/support/geography';
import { officialRows } from '../../../../tests/support/official-row';
import { sharedFile } from '../../../../tests/support/shared-data';
import { measure } from '../../domain/measures';
import { readCsvText } from '../read-text';
import { cdcNchsFinal } from './adapter';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const read = (path: string, name = path) =>
	readCsvText(readFileSync(path, 'utf8'), name, [cdcNchsFinal], CTX);

goldenFixtures(FIXTURES, read);

test('a demographic value the file is not known to hold is refused, not taken for a breakdown', () => {
	const text = readFileSync(join(FIXTURES, 'totals/input.csv'), 'utf8').replace(
		'Both Sexes,All Ages,All Races-All Origins,Alabama',
		'Both sexes,All Ages,All Races-All Origins,Alabama'
	);
	expect(() => readCsvText(text, 'sex.csv', [cdcNchsFinal], CTX)).toThrow(
		'sex.csv, row 2, column "Sex": expected "Both Sexes" or a sex group, found "Both sexes".'
	);
});

describe('the official file in ../shared/data', () => {
	const rel = 'cdc-nchs-final/NCHS_Drug_Poisoning_Mortality_by_State_United_States.csv';
	const TOTAL = {
		Sex: 'Both Sexes',
		Age: 'All Ages',
		'Race and Hispanic Origin': 'All Races-All Origins'
	};

	test('every total row becomes four points; the 1,819 breakdown rows are counted out', (ctx) => {
		const path = sharedFile(rel);
		if (!path) return ctx.skip(`${rel} is not here`);
		const rows = officialRows(path);
		const r = read(path);
		expect([rows.length, r.rowsRead]).toEqual([2703, 2703]);
		expect(r.skipped).toEqual([
			{
				reason:
					'a breakdown by sex, age group or race and Hispanic origin (the dashboard keeps totals)',
				count: 1819,
				firstRow: 211
			}
		]);
		expect(r.series).toHaveLength(52 * 4);
		expect(r.series.reduce((n, s) => n + s.points.length, 0)).toBe((2703 - 1819) * 4);
		expect(r.series.every((s) => measure(s.measure))).toBe(true);
		expect(r.release).toBe('2015');
	});

	test('each total in CDC’s file is shown unchanged', (ctx) => {
		const path = sharedFile(rel);
		if (!path) return ctx.skip(`${rel} is not here`);
		const r = read(path);
		const value = (m: string, geo: string, year: string) =>
			r.series
				.find((s) => s.measure === m && s.geo === geo)!
				.points.find((p) => p.period === year)!;
		const totals = officialRows(path).filter((row) =>
			Object.entries(TOTAL).every(([c, v]) => row.get(c) === v)
		);
		expect(totals).toHaveLength(884);
		for (const row of totals) {
			const geo =
				row.get('State') === 'United States'
					? 'US'
					: CTX.geography.jurisdictions.find((j) => j.name === row.get('State'))!.code;
			const year = row.get('Year');
			const n = (c: string) => Number(row.get(c));
			expect(value('deaths.all-drugs', geo, year).value).toBe(n('Deaths'));
			expect(value('population', geo, year).value).toBe(n('Population'));
			expect(value('rate.deaths.all-drugs.crude', geo, year).value).toBe(n('Crude Death Rate'));
			const adjusted = value('rate.deaths.all-drugs.age-adjusted', geo, year);
			expect(adjusted.value).toBe(n('Age-adjusted Rate'));
			expect(adjusted.note !== undefined).toBe(n('Deaths') <= 20);
		}
	});
});
