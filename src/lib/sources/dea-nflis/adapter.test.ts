import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CTX } from '../../../../tests/support/geography';
import { officialRows } from '../../../../tests/support/official-row';
import { sharedFile } from '../../../../tests/support/shared-data';
import { measure } from '../../domain/measures';
import { readCsvText } from '../read-text';
import { deaNflis } from './adapter';
import { lateReportNote } from './lag';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const read = (path: string, name = path) =>
	readCsvText(readFileSync(path, 'utf8'), name, [deaNflis], CTX);
const fixture = (c: string) => read(join(FIXTURES, c, 'input.csv'), `${c}/input.csv`);
const find = (r: ReturnType<typeof read>, measure: string, geo: string) =>
	r.series.find((s) => s.measure === measure && s.geo === geo)!;

describe('golden fixtures', () => {
	const cases = readdirSync(FIXTURES).filter((c) => existsSync(join(FIXTURES, c, 'expected.json')));
	test.each(cases)('%s', (c) => {
		const expected = JSON.parse(readFileSync(join(FIXTURES, c, 'expected.json'), 'utf8'));
		const run = () => {
			const { adapter: _, ...result } = fixture(c);
			return JSON.parse(JSON.stringify(result));
		};
		if (expected.error) expect(run).toThrow(expected.error);
		else expect(run()).toEqual(expected);
	});
});

test('the annual export: substances add up, unknown states and territories are counted out', () => {
	const r = fixture('annual-shape');
	expect(find(r, 'lab-reports.fentanyl', 'AL').points.map((p) => [p.period, p.value])).toEqual([
		['2023', 157],
		['2024', 90]
	]);
	expect(r.skipped.map((s) => [s.reason, s.count])).toEqual([
		['state unknown ("XX")', 1],
		['"GU" (Guam) is not a state, DC or Puerto Rico', 1]
	]);
});

test('the semiannual export: half years in their own measure, Puerto Rico kept', () => {
	const r = fixture('semiannual-shape');
	expect(r.series.map((s) => s.measure)).toEqual(['lab-reports.fentanyl.half-year']);
	const pr = find(r, 'lab-reports.fentanyl.half-year', 'PR').points;
	expect(pr.map((p) => [p.period, p.value, Boolean(p.incomplete)])).toEqual([
		['2024-H1', 41, false],
		['2024-H2', 33, false],
		['2025-H1', 24, true],
		['2025-H2', 5, true]
	]);
	expect(r.release).toBe('2025-H2');
});

test.each([
	['2025-H2', '2026-03-03', 'ended 2 months before DEA ran this query (2026-03-03)'],
	['2025-H1', '2026-03-03', 'ended 8 months before'],
	['2024', '2025-08-10', 'ended 7 months before'],
	['2025-H2', '2026-01-10', 'ended less than a month before'],
	['2026-H1', '2026-03-03', 'had not ended'],
	['2024-H2', '2026-03-03', null],
	['2023', '2025-08-10', null]
])('%s queried on %s: %s', (period, queried, expected) => {
	const note = lateReportNote(period, queried);
	if (expected === null) expect(note).toBeNull();
	else expect(note).toContain(expected);
});

describe('the official files in ../shared/data', () => {
	const files = [
		'dea-nflis/NFLIS_fent_all.csv',
		'dea-nflis/NFLIS_Drug_DQS_2026_03_03_13_26_55.csv'
	];
	test.for(files)('%s: every row is counted in a state or left out with a reason', (rel, ctx) => {
		const path = sharedFile(rel);
		if (!path) return ctx.skip(`${rel} is not here`);
		const rows = officialRows(path);
		const r = read(path);
		expect(r.rowsRead).toBe(rows.length);
		const skipped = r.skipped.reduce((n, s) => n + s.count, 0);
		const kept = rows.filter((row) => !['XX', 'GU', 'VI'].includes(row.get('STATE')));
		expect(skipped).toBe(rows.length - kept.length);
		expect(r.skipped.map((s) => s.reason).sort()).toEqual([
			'"GU" (Guam) is not a state, DC or Puerto Rico',
			'"VI" (Virgin Islands) is not a state, DC or Puerto Rico',
			'state unknown ("XX")'
		]);
		const reports = kept.reduce((n, row) => n + Number(row.get('DRUG_REPORTS')), 0);
		const values = r.series.flatMap((s) => s.points).reduce((n, p) => n + p.value!, 0);
		expect(values).toBe(reports);
		expect(r.series.map((s) => s.geo)).toContain('PR');
		for (const s of r.series) expect(measure(s.measure), s.measure).toBeDefined();
		expect(r.series).toHaveLength(52);
	});

	test('a state total is the sum of the substances the file lists for it', (ctx) => {
		const path = sharedFile(files[1]!);
		if (!path) return ctx.skip(`${files[1]} is not here`);
		const rows = officialRows(path).filter(
			(row) =>
				row.get('STATE') === 'OH' &&
				row.get('YYYY') === '2022' &&
				row.get('PERIOD').startsWith('SA2')
		);
		const expected = rows.reduce((n, row) => n + Number(row.get('DRUG_REPORTS')), 0);
		expect(rows.length).toBeGreaterThan(1);
		const oh = find(read(path), 'lab-reports.fentanyl.half-year', 'OH');
		expect(oh.points.find((p) => p.period === '2022-H2')?.value).toBe(expected);
	});

	test('late reports: the later query holds more 2024 reports than the earlier one', (ctx) => {
		const [annual, semi] = files.map(sharedFile);
		if (!annual || !semi) return ctx.skip('an NFLIS file is not here');
		const total = (r: ReturnType<typeof read>, measure: string, periods: string[]) =>
			r.series
				.filter((s) => s.measure === measure)
				.flatMap((s) => s.points.filter((p) => periods.includes(p.period)))
				.reduce((n, p) => n + p.value!, 0);
		const a = read(annual);
		const s = read(semi);
		const early = total(a, 'lab-reports.fentanyl', ['2024']);
		const later = total(s, 'lab-reports.fentanyl.half-year', ['2024-H1', '2024-H2']);
		expect(later / early).toBeGreaterThan(1.05);
		const oh = find(a, 'lab-reports.fentanyl', 'OH').points;
		expect(oh.find((p) => p.period === '2024')?.incomplete).toBe(true);
		expect(oh.find((p) => p.period === '2023')?.incomplete).toBeUndefined();
	});
});
