import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sharedFile } from '../../../../tests/support/shared-data';
import { officialRows } from '../../../../tests/support/official-row';
import { CTX } from '../../../../tests/support/geography';
import { readCsvText } from '../read-text';
import { cdcVsrrState } from './adapter';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const read = (path: string, name = path, retrievedAt?: string) =>
	readCsvText(readFileSync(path, 'utf8'), name, [cdcVsrrState], { ...CTX, retrievedAt });
const find = (r: ReturnType<typeof read>, measure: string, geo: string, variant?: string) =>
	r.series.find((s) => s.measure === measure && s.geo === geo && s.variant === variant);

describe('golden fixtures', () => {
	const cases = readdirSync(FIXTURES).filter((c) => existsSync(join(FIXTURES, c, 'expected.json')));
	test.each(cases)('%s', (c) => {
		const expected = JSON.parse(readFileSync(join(FIXTURES, c, 'expected.json'), 'utf8'));
		const run = () => {
			const { adapter: _, ...result } = read(
				join(FIXTURES, c, 'input.csv'),
				`${c}/input.csv`,
				expected.retrievedAt
			);
			return JSON.parse(JSON.stringify(result));
		};
		if (expected.error) expect(run).toThrow(expected.error);
		else expect(run()).toEqual(expected);
	});
});

describe('the download shape', () => {
	const r = read(join(FIXTURES, 'download-shape/input.csv'));

	test('strips the BOM and reads quoted thousands', () => {
		expect(find(r, 'deaths.synthetic-opioids', 'NY-EXCL-NYC')?.points[0]).toMatchObject({
			period: '2023-12',
			value: 2100,
			status: 'provisional'
		});
		expect(
			find(r, 'deaths.synthetic-opioids', 'NY-EXCL-NYC', 'predicted')?.points[0]
		).toMatchObject({ value: 2150, status: 'predicted' });
	});

	test('reads "99.5+" as at least 99.5 % complete', () => {
		expect(
			find(r, 'deaths.synthetic-opioids', 'NY-EXCL-NYC', 'pct-complete')?.points[1]
		).toMatchObject({ value: 99.5, note: '99.5+: at least 99.5 % complete' });
	});

	test('a blank count is suppressed or missing with its reason, never 0', () => {
		const wy = find(r, 'deaths.synthetic-opioids', 'WY')!.points[0]!;
		expect(wy).toMatchObject({ value: null, status: 'suppressed', low: 0, high: 9 });
		const yc = find(r, 'deaths.synthetic-opioids', 'YC')!.points[1]!;
		expect(yc).toMatchObject({ value: null, status: 'missing', incomplete: true });
		expect(yc.note).toContain('low data quality');
	});

	test('marks underreported months', () => {
		expect(
			find(r, 'deaths.synthetic-opioids', 'NY-EXCL-NYC')!.points.map((p) => Boolean(p.incomplete))
		).toEqual([false, true]);
	});

	test('New York State is New York City plus the rest of the state', () => {
		const ny = find(r, 'deaths.synthetic-opioids', 'NY')!.points;
		expect(ny[0]).toMatchObject({ period: '2023-12', value: 4600, status: 'provisional' });
		expect(ny[1]).toMatchObject({ period: '2024-12', value: null, status: 'missing' });
		expect(find(r, 'deaths.synthetic-opioids', 'NY', 'predicted')!.points[0]).toMatchObject({
			value: 4660
		});
	});

	test('all-cause deaths carry no predicted series', () => {
		expect(find(r, 'deaths.all-causes', 'WY')?.points[0]?.value).toBe(4321);
		expect(find(r, 'deaths.all-causes', 'WY', 'predicted')).toBeUndefined();
	});

	test('an unknown jurisdiction is left out and counted, with the reason', () => {
		expect(r.rowsRead).toBe(7);
		expect(r.skipped).toEqual([
			{
				reason: 'jurisdiction code "GU" is not a US state, DC, PR, YC or US',
				count: 1,
				firstRow: 8
			}
		]);
	});
});

test('the API export: snake_case columns in another order', () => {
	const r = read(join(FIXTURES, 'api-shape/input.csv'));
	const oh = find(r, 'deaths.synthetic-opioids', 'OH')!;
	expect(oh.points.map((p) => [p.period, p.value])).toEqual([
		['2024-03', 2001],
		['2025-03', 1444]
	]);
	expect(find(r, 'deaths.synthetic-opioids', 'OH', 'pct-pending')!.points[1]!.value).toBeCloseTo(
		0.031415926
	);
	expect(r.release).toBe('2025-03');
});

test('a missing column is named', () => {
	expect(() =>
		read(join(FIXTURES, 'missing-column/input.csv'), 'missing-column/input.csv')
	).toThrow(
		'missing-column/input.csv, row 1, column "Percent Pending Investigation": expected the columns of VSRR Provisional Drug Overdose Death Counts'
	);
});

describe('the official files in ../shared/data', () => {
	const files = [
		'cdc-vsrr/VSRR_Provisional_Drug_Overdose_Death_Counts__vintage2018_2015-01_to_2018-09.csv',
		'cdc-vsrr/VSRR_Provisional_Drug_Overdose_Death_Counts__vintage2019_2015-01_to_2018-11.csv',
		'cdc-vsrr/VSRR_Provisional_Drug_Overdose_Death_Counts__extract_US_2015-01_to_2025-04.csv',
		'cdc-vsrr/VSRR_Provisional_Drug_Overdose_Death_Counts__extract_all-drug_by_state_2015-01_to_2025-04.csv',
		'cdc-vsrr/cdc_api_provisional_overdose_counts__T40.4_synthetic_opioids_2015-01_to_2026-01.csv'
	];
	test.for(files)('%s: every row becomes points, none rejected without a reason', (rel, ctx) => {
		const path = sharedFile(rel);
		if (!path) return ctx.skip(`${rel} is not here`);
		const rows = officialRows(path);
		const r = read(path);
		expect(r.rowsRead).toBe(rows.length);
		expect(r.skipped).toEqual([]);
		const reported = r.series.filter((s) => !s.variant && s.geo !== 'NY');
		expect(reported.reduce((n, s) => n + s.points.length, 0)).toBe(rows.length);
	});

	test('values agree with the numbers SOURCES.md quotes from CDC', (ctx) => {
		const path = sharedFile(files[2]!);
		if (!path) return ctx.skip(`${files[2]} is not here`);
		const r = read(path);
		const at = (m: string, period: string, variant?: string) =>
			find(r, m, 'US', variant)!.points.find((p) => p.period === period)!.value;
		expect(at('deaths.all-drugs', '2021-12')).toBe(107573);
		expect(at('deaths.all-drugs', '2019-12', 'predicted')).toBe(72086);
		expect(at('deaths.synthetic-opioids', '2023-12')).toBe(74091);
	});
});
