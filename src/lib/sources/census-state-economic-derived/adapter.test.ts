import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CTX } from '../../../../tests/support/geography';
import { goldenFixtures, pointAt, pointCount, skipCount } from '../../../../tests/support/golden';
import { officialRows } from '../../../../tests/support/official-row';
import { sharedFile } from '../../../../tests/support/shared-data';
import { readCsvText } from '../read-text';
import { censusStateEconomicDerived } from './adapter';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const REL = 'root-causes/derived/census_state_economic.csv';

goldenFixtures(FIXTURES, censusStateEconomicDerived);

test('the dataset is marked derived, with the caveats a reader needs', () => {
	expect(censusStateEconomicDerived.derived).toBe(true);
	const caveats = censusStateEconomicDerived.caveats.join(' ');
	expect(caveats).toContain('not the Bureau of Labor Statistics’ official state unemployment rate');
	expect(caveats).toContain('“2023” covers 2019–2023');
});

describe('the derived file in ../shared/data', () => {
	const path = sharedFile(REL);

	test('every row becomes three points (two incomes and the unemployment rate), none left out', (ctx) => {
		if (!path) return ctx.skip(`${REL} is not here`);
		const rows = officialRows(path);
		const r = readCsvText(readFileSync(path, 'utf8'), REL, [censusStateEconomicDerived], CTX);
		expect(r.rowsRead).toBe(rows.length);
		expect(skipCount(r)).toBe(0);
		expect(pointCount(r.series)).toBe(rows.length * 3);
		expect(new Set(r.series.map((s) => s.geo)).size).toBe(52);
		expect(r.release).toBe('2023');
	});

	test('Puerto Rico’s 2023 figures are the file’s, labelled with their 5-year window', (ctx) => {
		if (!path) return ctx.skip(`${REL} is not here`);
		const pr = officialRows(path).find((row) => row.state_code === '72' && row.year === '2023')!;
		const r = readCsvText(readFileSync(path, 'utf8'), REL, [censusStateEconomicDerived], CTX);
		const income = pointAt(r.series, 'income.median-household', 'PR', '2023')!;
		expect(income.value).toBe(Number(pr.get('median_household_income')));
		expect(income.note).toBe('ACS 5-year estimate, 2019–2023.');
		expect(pointAt(r.series, 'share.unemployment', 'PR', '2023')?.value).toBe(
			Number(pr.get('unemployment_rate'))
		);
	});
});
