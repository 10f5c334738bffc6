import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CTX } from '../../../../tests/support/geography';
import { goldenFixtures, pointAt, pointCount, skipCount } from '../../../../tests/support/golden';
import { officialRows } from '../../../../tests/support/official-row';
import { sharedFile } from '../../../../tests/support/shared-data';
import { readCsvText } from '../read-text';
import { canadaSubstanceHarms } from './adapter';
import { periodOf } from './labels';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const REL = 'canada-health-infobase/SubstanceHarmsData.csv';

goldenFixtures(FIXTURES, canadaSubstanceHarms);

test.each([
	['By year', '2019', { period: '2019', quarterly: false }],
	['By quarter', '2019 Q1', { period: '2019-Q1', quarterly: true }],
	[
		'By year',
		'2025 (Jan to Sep)',
		{
			period: '2025',
			quarterly: false,
			incomplete: true,
			note: 'Part of the year only: Jan to Sep 2025.'
		}
	],
	['By year', '2019 Q1', undefined],
	['By month', '2019-01', undefined]
])('%s %s', (timePeriod, label, expected) => {
	expect(periodOf(timePeriod, label)).toEqual(expected);
});

describe('the official file in ../shared/data', () => {
	const path = sharedFile(REL);
	const read = () => readCsvText(readFileSync(path!, 'utf8'), REL, [canadaSubstanceHarms], CTX);

	test('every overall number becomes a point; breakdowns and city areas are counted out', (ctx) => {
		if (!path) return ctx.skip(`${REL} is not here`);
		const rows = officialRows(path);
		const overall = rows.filter(
			(r) => r.Specific_Measure === 'Overall numbers' && !/,|Northern and rural/.test(r.Region!)
		);
		const r = read();
		expect(r.rowsRead).toBe(rows.length);
		expect(pointCount(r.series)).toBe(overall.length);
		expect(skipCount(r)).toBe(rows.length - overall.length);
		expect(r.skipped.every((s) => /^(a breakdown|an area inside)/.test(s.reason))).toBe(true);
		expect(r.release).toBe('2025-Q3');
	});

	test('Canada’s opioid deaths in 2024 are PHAC’s number; 2025 is marked partial', (ctx) => {
		if (!path) return ctx.skip(`${REL} is not here`);
		const rows = officialRows(path);
		const pick = (year: string) =>
			rows.find(
				(row) =>
					row.Region === 'Canada' &&
					row.Substance === 'Opioids' &&
					row.Source === 'Deaths' &&
					row.Specific_Measure === 'Overall numbers' &&
					row.Unit === 'Number' &&
					row.Year_Quarter === year
			)!;
		const r = read();
		expect(pointAt(r.series, 'canada.deaths.opioids', 'CAN', '2024')?.value).toBe(
			Number(pick('2024').get('Value'))
		);
		const partial = pointAt(r.series, 'canada.deaths.opioids', 'CAN', '2025')!;
		expect(partial.value).toBe(Number(pick('2025 (Jan to Sep)').get('Value')));
		expect(partial.incomplete).toBe(true);
	});

	test('"Suppr." and "n/a" are never read as zero', (ctx) => {
		if (!path) return ctx.skip(`${REL} is not here`);
		const points = read().series.flatMap((s) => s.points);
		const suppressed = points.filter((p) => p.status === 'suppressed');
		const missing = points.filter((p) => p.status === 'missing');
		expect(suppressed.length).toBeGreaterThan(0);
		expect(missing.length).toBeGreaterThan(0);
		expect([...suppressed, ...missing].every((p) => p.value === null && p.note)).toBe(true);
	});
});
