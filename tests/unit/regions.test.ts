/**
 * data/regions.csv against the Census Bureau's own codes: every state's FIPS
 * code, name, census region and division must be what the Census population
 * files say (their STATE, NAME, REGION and DIVISION columns, with the region
 * and division names taken from the files' own region and division rows).
 * data/SOURCES.md promises this test.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { CTX } from '../support/geography';
import { sharedFile } from '../support/shared-data';

const FILES = [
	'census-population/nst-est2019-alldata.csv',
	'census-population/NST-EST2024-ALLDATA.csv'
];

function rows(path: string) {
	return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;
}

describe.each(FILES)('data/regions.csv agrees with %s', (rel) => {
	const path = sharedFile(rel);
	const census = path ? rows(path) : [];
	const regionName = new Map(
		census.filter((r) => r.SUMLEV === '020').map((r) => [r.REGION, r.NAME!.replace(/ Region$/, '')])
	);
	const divisionName = new Map(
		census.filter((r) => r.SUMLEV === '030').map((r) => [r.DIVISION, r.NAME])
	);
	const states = census.filter((r) => r.SUMLEV === '040');

	test('the same states, DC and Puerto Rico, with the same FIPS codes and names', (ctx) => {
		if (!path) return ctx.skip(`${rel} is not here`);
		const ours = CTX.geography.jurisdictions.filter((j) => j.fips);
		expect(states.map((r) => [r.STATE, r.NAME]).sort()).toEqual(
			ours.map((j) => [j.fips, j.name]).sort()
		);
	});

	test('every state is in the census region the Census Bureau codes it in', (ctx) => {
		if (!path) return ctx.skip(`${rel} is not here`);
		expect(regionName.size).toBe(4);
		for (const r of states) {
			const j = CTX.geography.byFips.get(r.STATE!)!;
			expect(j.censusRegion, `${j.code} region`).toBe(regionName.get(r.REGION!) ?? '');
		}
	});

	test('every state is in the census division the Census Bureau codes it in', (ctx) => {
		if (!path) return ctx.skip(`${rel} is not here`);
		// The 2019 file has no division rows; the names come from the 2024 file.
		const names = divisionName.size ? divisionName : divisionsFrom(FILES[1]!);
		if (!names) return ctx.skip('no file with division names is here');
		expect(names.size).toBe(9);
		for (const r of states) {
			const j = CTX.geography.byFips.get(r.STATE!)!;
			expect(j.censusDivision, `${j.code} division`).toBe(names.get(r.DIVISION!) ?? '');
		}
	});
});

function divisionsFrom(rel: string): Map<string, string> | null {
	const path = sharedFile(rel);
	if (!path) return null;
	return new Map(
		rows(path)
			.filter((r) => r.SUMLEV === '030')
			.map((r) => [r.DIVISION!, r.NAME!])
	);
}
