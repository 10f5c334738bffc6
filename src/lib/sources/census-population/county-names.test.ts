import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { CTX } from '../../../../tests/support/geography';
import { sharedFile } from '../../../../tests/support/shared-data';
import { packCountyNames, unpackCountyNames } from '../../domain/county-names';
import { csvRows } from '../read-text';
import { readCountyNames } from './county-names';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const read = (text: string) => readCountyNames(csvRows(text, 'co-est.csv'), 'co-est.csv', CTX);
const fixture = (name: string) => readFileSync(join(FIXTURES, name, 'input.csv'), 'utf8');

// made-up estimates in the county file's layout
const HEADER =
	'SUMLEV,REGION,DIVISION,STATE,COUNTY,STNAME,CTYNAME,ESTIMATESBASE2020,POPESTIMATE2024';

test('the county rows give FIPS, name and state; state rows are passed over', () => {
	expect(read(fixture('counties'))).toEqual({
		counties: [
			{ fips: '35013', name: 'Doña Ana County', state: 'NM' },
			{ fips: '09110', name: 'Capitol Planning Region', state: 'CT' }
		],
		vintage: 2021
	});
});

test('a state totals file has no county names', () => {
	expect(read(fixture('states-2020s'))).toBeNull();
});

describe('a county file that cannot be trusted stops with the row and column', () => {
	const cases: Record<string, [string, string]> = {
		'a garbled name': [
			'050,3,5,24,510,Maryland,Baltimore \uFFFD,1,2',
			'row 2, column "CTYNAME": expected a county name in the file’s encoding'
		],
		'a blank name': ['050,3,5,24,510,Maryland,,1,2', 'row 2, column "CTYNAME"'],
		'a short county code': ['050,3,5,24,51,Maryland,Baltimore city,1,2', 'column "COUNTY"'],
		'an unknown state': ['050,3,5,66,010,Guam,Guam,1,2', 'column "STATE"'],
		'a county twice': [
			'050,3,5,24,510,Maryland,Baltimore city,1,2\n050,3,5,24,510,Maryland,Baltimore city,1,2',
			'row 3, column "COUNTY": expected each county once'
		]
	};
	test.each(Object.entries(cases))('%s', (_, [rows, message]) => {
		expect(() => read(`${HEADER}\n${rows}\n`)).toThrow(message);
	});
});

test('packed by state and unpacked again, every county is the same', () => {
	const counties = read(
		`${HEADER}\n050,3,5,24,005,Maryland,Baltimore County,1,2\n050,3,5,24,510,Maryland,Baltimore city,1,2\n050,2,3,39,049,Ohio,Franklin County,1,2\n`
	)!.counties;
	const source = {
		dataset: 'census-population',
		publisher: 'Census',
		file: 'co-est.csv',
		sha256: 'x',
		source: 'co-est.csv',
		retrievedAt: '2026-01-01',
		release: 'Vintage 2024'
	};
	const packed = packCountyNames(counties, source);
	expect(packed.states.MD).toEqual({
		fips: '24',
		codes: [5, 510],
		names: ['Baltimore County', 'Baltimore city']
	});
	expect(unpackCountyNames(packed).sort((a, b) => (a.fips < b.fips ? -1 : 1))).toEqual(
		[...counties].sort((a, b) => (a.fips < b.fips ? -1 : 1))
	);
});

test('the official Vintage 2024 file: every county row, with the names as the Census wrote them', (ctx) => {
	const path = sharedFile('census-population/co-est2024-alldata.csv');
	if (!path) return ctx.skip('the county file is not here');
	const bytes = readFileSync(path);
	const official = Papa.parse<Record<string, string>>(bytes.toString('latin1'), {
		header: true,
		skipEmptyLines: true
	}).data.filter((r) => r.SUMLEV === '050');
	const r = readCountyNames(
		csvRows(new TextDecoder('latin1').decode(bytes), 'co-est2024-alldata.csv'),
		'co-est2024-alldata.csv',
		CTX
	)!;
	expect(r.vintage).toBe(2024);
	expect(r.counties).toHaveLength(official.length);
	const byFips = new Map(r.counties.map((c) => [c.fips, c]));
	for (const row of official) expect(byFips.get(row.STATE! + row.COUNTY!)?.name).toBe(row.CTYNAME);
});
