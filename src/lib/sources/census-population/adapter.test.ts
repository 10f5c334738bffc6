import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { readCsvFile } from '../../../../scripts/pipeline/read-csv';
import { CTX } from '../../../../tests/support/geography';
import { goldenFixtures, pointAt, pointCount, skipCount } from '../../../../tests/support/golden';
import { sharedFile } from '../../../../tests/support/shared-data';
import { readCsvText } from '../read-text';
import { censusPopulation } from './adapter';

const FIXTURES = join(import.meta.dirname, 'fixtures');

goldenFixtures(FIXTURES, censusPopulation);

const readFile = (path: string, name = path) =>
	readCsvFile(path, { name, adapters: [censusPopulation], ctx: CTX, progress: false });

/** Rows of an official file, decoded as the agency wrote it. */
function censusRows(path: string, encoding: BufferEncoding = 'utf8') {
	const text = readFileSync(path).toString(encoding);
	return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe('a Latin-1 county file', () => {
	const utf8 = readFileSync(join(FIXTURES, 'counties/input.csv'), 'utf8');
	const dir = mkdtempSync(join(tmpdir(), 'census-latin1-'));
	const path = join(dir, 'co-est.csv');
	writeFileSync(path, Buffer.from(utf8, 'latin1'));

	test('is read as Latin-1 by the pipeline, so "Doña Ana County" is a county like any other', async () => {
		const r = await readFile(path, 'co-est.csv');
		expect(r.encoding).toBe('latin1');
		expect(pointAt(r.series, 'population', '35013', '2021')?.value).toBe(201000);
	});

	test('read as UTF-8 by mistake, it stops at the garbled name instead of going on', () => {
		const garbled = new TextDecoder('utf-8').decode(readFileSync(path));
		expect(() => readCsvText(garbled, 'co-est.csv', [censusPopulation], CTX)).toThrow(
			'co-est.csv, row 3, column "CTYNAME": expected a county name in the file’s encoding'
		);
	});
});

describe('the official files in ../shared/data', () => {
	const files = [
		{ rel: 'census-population/nst-est2019-alldata.csv', years: 10, regionRows: 4 },
		{ rel: 'census-population/NST-EST2024-ALLDATA.csv', years: 5, regionRows: 13 },
		{ rel: 'census-population/co-est2024-alldata.csv', years: 5, regionRows: 0 }
	];

	test.for(files)(
		'$rel: every row becomes a year of points or a counted region total',
		async ({ rel, years, regionRows }, ctx) => {
			const path = sharedFile(rel);
			if (!path) return ctx.skip(`${rel} is not here`);
			const rows = censusRows(path, 'latin1');
			const r = await readFile(path);
			expect(r.rowsRead).toBe(rows.length);
			expect(skipCount(r)).toBe(regionRows);
			expect(pointCount(r.series)).toBe((rows.length - regionRows) * years);
			expect(r.series.flatMap((s) => s.points).every((p) => p.status === 'final')).toBe(true);
		}
	);

	test('Ohio’s 2019 and the US 2024 population are the Census Bureau’s numbers', async (ctx) => {
		const v2019 = sharedFile(files[0]!.rel);
		const v2024 = sharedFile(files[1]!.rel);
		if (!v2019 || !v2024) return ctx.skip('the state files are not here');
		const ohio = censusRows(v2019).find((r) => r.NAME === 'Ohio')!;
		const us = censusRows(v2024).find((r) => r.SUMLEV === '010')!;
		expect(pointAt((await readFile(v2019)).series, 'population', 'OH', '2019')?.value).toBe(
			Number(ohio.POPESTIMATE2019)
		);
		const point = pointAt((await readFile(v2024)).series, 'population', 'US', '2020');
		expect(point?.value).toBe(Number(us.POPESTIMATE2020));
		expect(point?.note).toContain('2020 Census');
	});

	test('counties: Doña Ana reads right, Connecticut has its nine planning regions, and counties add up to their state', async (ctx) => {
		const path = sharedFile(files[2]!.rel);
		if (!path) return ctx.skip(`${files[2]!.rel} is not here`);
		const rows = censusRows(path, 'latin1');
		const dona = rows.find((r) => r.CTYNAME === 'Doña Ana County')!;
		const r = await readFile(path);
		expect(r.encoding).toBe('latin1');
		expect(pointAt(r.series, 'population', `${dona.STATE}${dona.COUNTY}`, '2024')?.value).toBe(
			Number(dona.POPESTIMATE2024)
		);
		const ct = r.series.filter((s) => /^09\d{3}$/.test(s.geo)).map((s) => s.geo);
		expect(ct).toHaveLength(9);
		expect(ct.every((g) => g >= '09110' && g <= '09190')).toBe(true);
		for (const state of r.series.filter((s) => /^[A-Z]{2}$/.test(s.geo))) {
			const fips = CTX.geography.byCode.get(state.geo)!.fips;
			const counties = r.series.filter((s) => s.geo.length === 5 && s.geo.startsWith(fips));
			const sum = counties.reduce((n, s) => n + s.points.at(-1)!.value!, 0);
			expect(sum, state.geo).toBe(state.points.at(-1)!.value);
		}
	});

	test('the county file’s state rows agree with the state file, so joining them is safe', async (ctx) => {
		const states = sharedFile(files[1]!.rel);
		const counties = sharedFile(files[2]!.rel);
		if (!states || !counties) return ctx.skip('the 2024 files are not here');
		const a = (await readFile(states)).series.filter((s) => s.geo !== 'US' && s.geo !== 'PR');
		const b = (await readFile(counties)).series.filter((s) => s.geo.length === 2);
		expect(b.map((s) => [s.geo, s.points.map((p) => p.value)])).toEqual(
			a.map((s) => [s.geo, s.points.map((p) => p.value)])
		);
	});
});
