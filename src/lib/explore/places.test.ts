import { describe, expect, test } from 'vitest';
import { CTX } from '../../../tests/support/geography';
import { guessPlaceKind, placeKey, readAnyPlace, readPlace, type PlaceKind } from './places';
import { PLACES } from './test-support';

const g = CTX.geography;
const geo = (code: string) => ({ geo: code });
const problem = (match: RegExp) => ({ problem: expect.stringMatching(match) });

describe('readPlace', () => {
	const cases: [PlaceKind, string, ReturnType<typeof readPlace>][] = [
		['usps', 'OH', geo('OH')],
		['usps', ' oh ', geo('OH')],
		['usps', 'US', geo('US')],
		['usps', 'YC', geo('YC')],
		['usps', 'PR', geo('PR')],
		['usps', 'ZZ', problem(/ZZ is not a US state code/)],
		['usps', 'Ohio', problem(/not a two-letter state code/)],
		['usps', '', problem(/place is blank/)],
		['state-fips', '39', geo('OH')],
		['state-fips', '6', geo('CA')],
		['state-fips', '06', geo('CA')],
		['state-fips', '39.0', geo('OH')],
		['state-fips', '00', geo('US')],
		['state-fips', '03', problem(/03 is not a state FIPS code/)],
		['state-fips', 'OH', problem(/not a state FIPS code \(1 or 2 digits/)],
		['county-fips', '39035', geo('39035')],
		['county-fips', '1001', geo('01001')],
		['county-fips', '39000', geo('OH')],
		['county-fips', '99001', problem(/does not start with a state FIPS code/)],
		['county-fips', '390', problem(/not a 5-digit county FIPS code/)],
		['name', 'Ohio', geo('OH')],
		['name', 'OHIO', geo('OH')],
		['name', 'new  york', geo('NY')],
		['name', 'New York City', geo('YC')],
		['name', 'District of Columbia', geo('DC')],
		['name', 'State of Ohio', geo('OH')],
		['name', 'United States', geo('US')],
		['name', 'OH', geo('OH')],
		['name', 'Ohio County', problem(/not the name of a US state/)],
		['name', '<img src=x onerror=alert(1)>', problem(/not the name of a US state/)]
	];
	test.each(cases)('%s %j', (kind, cell, expected) => {
		expect(readPlace(cell, kind, g)).toEqual(expected);
	});
});

describe('readAnyPlace: a place typed for the whole file', () => {
	const cases: Record<string, ReturnType<typeof readAnyPlace>> = {
		OH: geo('OH'),
		'39': geo('OH'),
		'39035': geo('39035'),
		Ohio: geo('OH'),
		'United States': geo('US'),
		'': problem(/no place/),
		Atlantis: problem(/not the name/)
	};
	test.each(Object.entries(cases))('%j', (text, expected) => {
		expect(readAnyPlace(text, g)).toEqual(expected);
	});
});

describe('guessPlaceKind', () => {
	const cases: [string[], boolean, PlaceKind | null][] = [
		[['OH', 'PA', 'US'], false, 'usps'],
		[['39035', '39049', '1001'], true, 'county-fips'],
		[['39', '6', '42'], true, 'state-fips'],
		[['39', '6', '42'], false, null],
		[['Ohio', 'Texas', 'New York'], false, 'name'],
		[['Ohio', 'Texas', 'Atlantis'], false, 'name'],
		[['2024-06', '2024-07'], true, null],
		[['12', '2000', '3000'], true, null],
		[[], true, null]
	];
	test.each(cases)('%j (named like a place: %s)', (cells, named, expected) => {
		expect(guessPlaceKind(cells, g, named)).toBe(expected);
	});

	const counties: [string[], boolean, PlaceKind | null][] = [
		[['Franklin County, OH', 'Orleans Parish', 'Franklin'], false, 'county-name'],
		[['Franklin County, OH', 'Orleans Parish', 'Franklin'], true, 'county-name'],
		[['Ohio', 'Maryland'], true, 'name'],
		[['Atlantis County', 'Nowhere Parish'], true, null]
	];
	test.each(counties)(
		'%j with county names loaded (named like a place: %s)',
		(cells, named, expected) => {
			expect(guessPlaceKind(cells, PLACES, named)).toBe(expected);
		}
	);

	test('county names are not guessed before they are loaded', () => {
		expect(guessPlaceKind(['Franklin County, OH', 'Orleans Parish'], g, true)).toBeNull();
	});
});

test('placeKey ignores case, accents and punctuation', () => {
	expect(placeKey('  Doña-Ana  ')).toBe('dona ana');
});
