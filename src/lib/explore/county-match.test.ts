import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { CTX } from '../../../tests/support/geography';
import { sharedFile } from '../../../tests/support/shared-data';
import { readCountyNames } from '../sources/census-population/county-names';
import { decodeBytes } from '../sources/csv-text';
import { csvRows } from '../sources/read-text';
import { CountyIndex } from './county-match';
import { readPlace } from './places';
import { COUNTIES, PLACES } from './test-support';

const places = PLACES;
const read = (cell: string, inState?: string) => readPlace(cell, 'county-name', places, inState);
const geo = (code: string) => ({ geo: code });

describe('county names that match one county', () => {
	const cases: [string, string | undefined, string][] = [
		['Franklin County, OH', undefined, '39049'],
		['Franklin County, Ohio', undefined, '39049'],
		['  franklin   COUNTY ,  ohio ', undefined, '39049'],
		['Franklin, OH', undefined, '39049'],
		['Franklin', 'OH', '39049'],
		['Franklin County', 'Ohio', '39049'],
		['Franklin County', '39', '39049'],
		['Franklin County, PA', 'OH', '42055'],
		['Franklin County, VA', undefined, '51067'],
		['Franklin city, VA', undefined, '51620'],
		['Charles City, VA', undefined, '51036'],
		['Baltimore city, MD', undefined, '24510'],
		['Baltimore City, Maryland', undefined, '24510'],
		['Baltimore County, MD', undefined, '24005'],
		['St. Louis County, MO', undefined, '29189'],
		['Saint Louis County, MO', undefined, '29189'],
		['St Louis city, MO', undefined, '29510'],
		['Sainte Genevieve, MO', undefined, '29186'],
		['Orleans Parish, LA', undefined, '22071'],
		['Orleans', 'LA', '22071'],
		['Anchorage Municipality, AK', undefined, '02020'],
		['Anchorage, AK', undefined, '02020'],
		['Bethel Census Area, AK', undefined, '02050'],
		['Denali Borough, Alaska', undefined, '02068'],
		['Juneau City and Borough, AK', undefined, '02110'],
		['Juneau, AK', undefined, '02110'],
		['De Kalb County, GA', undefined, '13089'],
		['Dona Ana County, NM', undefined, '35013'],
		['Carson City, NV', undefined, '32510'],
		['Los Angeles County', undefined, '06037']
	];
	test.each(cases)('%j (state %j) is %s', (cell, inState, fips) => {
		expect(read(cell, inState)).toEqual(geo(fips));
	});
});

describe('names that fit several counties are not guessed: the row says what to write', () => {
	const cases: [string, string | undefined, RegExp, RegExp][] = [
		[
			'Franklin County',
			undefined,
			/^“Franklin County” could be a county in any of 3 states \(Franklin County, OH; Franklin County, PA; Franklin County, VA\)$/,
			/^Add the state, such as “Franklin County, OH”, or choose the column that holds the state/
		],
		[
			'Franklin',
			undefined,
			/could be a county in any of 3 states \(.*Franklin city, VA\)/,
			/Add the state/
		],
		[
			'Baltimore, MD',
			undefined,
			/^“Baltimore” could be 2 places in Maryland \(Baltimore County; Baltimore city\)$/,
			/^Write the full name, such as “Baltimore County, MD” or “Baltimore city, MD”\.$/
		],
		['Franklin', 'VA', /could be 2 places in Virginia/, /“Franklin city, VA”/],
		['St. Louis', 'Missouri', /could be 2 places in Missouri/, /“St\. Louis city, MO”/]
	];
	test.each(cases)('%j (state %j)', (cell, inState, problem, hint) => {
		expect(read(cell, inState)).toEqual({
			problem: expect.stringMatching(problem),
			hint: expect.stringMatching(hint)
		});
	});
});

describe('names that are no county', () => {
	const cases: [string, string | undefined, RegExp][] = [
		['Atlantis County, OH', undefined, /^“Atlantis County” is not the name of a county in Ohio$/],
		['Atlantis County', undefined, /^“Atlantis County” is not the name of a county$/],
		['Orleans County, LA', undefined, /not the name of a county in Louisiana/],
		['Franklin County, ZZ', undefined, /^“ZZ” is not a US state$/],
		['Franklin County', 'Atlantis', /^“Atlantis” is not a US state$/],
		[', OH', undefined, /county’s name is blank/],
		['', 'OH', /place is blank/]
	];
	test.each(cases)('%j (state %j)', (cell, inState, problem) => {
		const r = read(cell, inState);
		expect(r).toEqual({
			problem: expect.stringMatching(problem),
			...('hint' in r ? { hint: r.hint } : {})
		});
	});
});

test('a county name can be read only once the names are loaded', () => {
	expect(readPlace('Franklin County, OH', 'county-name', CTX.geography)).toEqual({
		problem: 'the list of county names is not loaded',
		hint: expect.stringContaining('FIPS')
	});
});

test('labels name the county and its state', () => {
	expect(places.counties.label(places.counties.byFips.get('24510')!)).toBe(
		'Baltimore city, Maryland'
	);
});

describe('over the Census Bureau’s county file, read as the data command reads it', () => {
	const path = sharedFile('census-population/co-est2024-alldata.csv');
	const bytes = path ? readFileSync(path) : null;
	// the index the page builds from county-names.json, from the same reader
	const official = bytes
		? readCountyNames(csvRows(decodeBytes(bytes).text, 'co-est.csv'), 'co-est.csv', CTX)!.counties
		: [];
	const index = new CountyIndex(official, CTX.geography);
	const real = { ...CTX.geography, counties: index };
	/** The FIPS code the file gives a county, read apart from the pipeline. */
	const rows = bytes
		? Papa.parse<Record<string, string>>(bytes.toString('latin1'), {
				header: true,
				skipEmptyLines: true
			}).data
		: [];
	const fipsInFile = (name: string, state: string) => {
		const row = rows.find((r) => r.SUMLEV === '050' && r.CTYNAME === name && r.STNAME === state);
		return row && `${row.STATE}${row.COUNTY}`;
	};

	test.skipIf(!bytes)('the counties in the table above are the file’s', () => {
		for (const c of COUNTIES)
			expect(fipsInFile(c.name, CTX.geography.byCode.get(c.state)!.name), c.name).toBe(c.fips);
	});

	const known: [string, string, string][] = [
		['Franklin County, Ohio', 'Franklin County', 'Ohio'],
		['Baltimore city, MD', 'Baltimore city', 'Maryland'],
		['Baltimore County, MD', 'Baltimore County', 'Maryland'],
		['Orleans, LA', 'Orleans Parish', 'Louisiana'],
		['Anchorage, AK', 'Anchorage Municipality', 'Alaska'],
		['Saint Louis city, MO', 'St. Louis city', 'Missouri'],
		['Dona Ana County, NM', 'Doña Ana County', 'New Mexico'],
		['Hartford, CT', 'Capitol Planning Region', 'Connecticut']
	];
	test.skipIf(!bytes).each(known.slice(0, -1))('%j is %s, %s', (cell, name, state) => {
		expect(readPlace(cell, 'county-name', real)).toEqual({ geo: fipsInFile(name, state) });
	});

	test.skipIf(!bytes)('Connecticut’s old counties are gone: its planning regions stand in', () => {
		expect(readPlace('Hartford County, CT', 'county-name', real)).toEqual({
			problem: '“Hartford County” is not the name of a county in Connecticut',
			hint: expect.any(String)
		});
	});

	test.skipIf(!bytes)('every official name, with its state, is its own county and no other', () => {
		expect(official.length).toBeGreaterThan(3000);
		for (const c of official)
			expect(readPlace(`${c.name}, ${c.state}`, 'county-name', real), c.name).toEqual({
				geo: c.fips
			});
	});

	test.skipIf(!bytes)(
		'“Saint” reads as the “St.” of every official name, never as another county',
		() => {
			const saints = official.filter((c) => /^Ste?\. /.test(c.name));
			expect(saints.length).toBeGreaterThan(20);
			expect(official.some((c) => /\bSainte?\b/.test(c.name))).toBe(false);
			for (const c of saints) {
				const spelled = c.name.replace(/^St\. /, 'Saint ').replace(/^Ste\. /, 'Sainte ');
				expect(readPlace(`${spelled}, ${c.state}`, 'county-name', real)).toEqual({ geo: c.fips });
			}
		}
	);

	test.skipIf(!bytes)('a Virginia city and the county of the same name stay apart', () => {
		const pairs = official.filter(
			(c) =>
				c.name.endsWith(' city') &&
				official.some((o) => o.state === c.state && o.name === c.name.replace(/ city$/, ' County'))
		);
		expect(pairs.length).toBeGreaterThan(5);
		for (const city of pairs) {
			const base = city.name.replace(/ city$/, '');
			expect(readPlace(`${city.name}, ${city.state}`, 'county-name', real)).toEqual({
				geo: city.fips
			});
			expect(readPlace(`${base}, ${city.state}`, 'county-name', real)).toMatchObject({
				problem: expect.stringContaining('could be 2 places')
			});
		}
	});
});
