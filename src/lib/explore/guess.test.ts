import { describe, expect, test } from 'vitest';
import { CTX } from '../../../tests/support/geography';
import { guessMapping, mayHoldCountyNames } from './guess';
import type { Inspection } from './inspect';
import type { Mapping } from './mapping';
import { PLACES } from './test-support';

const inspection = (header: string[], sample: string[][]): Inspection => ({
	file: 'test.csv',
	headerRow: 1,
	header,
	sample,
	firstRow: 2
});

describe('a column of county names', () => {
	const cases: [string, string[], string[][], Mapping['place']][] = [
		[
			'with the state in the cell',
			['month', 'county', 'deaths'],
			[
				['2024-01', 'Franklin County, OH', '12'],
				['2024-01', 'Baltimore city, MD', '7'],
				['2024-02', 'Orleans Parish, Louisiana', '9']
			],
			{ kind: 'county-name', column: 1 }
		],
		[
			'with the state in a column of its own',
			['month', 'where', 'st', 'deaths'],
			[
				['2024-01', 'Franklin County', 'OH', '12'],
				['2024-01', 'Baltimore city', 'MD', '7'],
				['2024-02', 'Franklin', 'Virginia', '9']
			],
			{ kind: 'county-name', column: 1, stateColumn: 2 }
		],
		[
			'of one state, which only one state has all of',
			['month', 'jurisdiction', 'deaths'],
			[
				['2024-01', 'Franklin', '12'],
				['2024-01', 'Charles City', '7']
			],
			{ kind: 'county-name', column: 1, state: 'VA' }
		],
		[
			'of names several states have, with no state anywhere',
			['month', 'county', 'deaths'],
			[
				['2024-01', 'Franklin County', '12'],
				['2024-02', 'Franklin County', '14']
			],
			{ kind: 'county-name', column: 1 }
		]
	];
	test.each(cases)('%s', (_, header, sample, place) => {
		const m = guessMapping(inspection(header, sample), PLACES);
		expect(m.place).toEqual(place);
		expect(m.value.column).toBe(header.length - 1);
	});
});

describe('county names are loaded only for a place column that needs them', () => {
	const cases: [string, string[], string[][], boolean][] = [
		['county names', ['month', 'county', 'n'], [['2024-01', 'Franklin County, OH', '1']], true],
		[
			'county words under any header',
			['month', 'x', 'n'],
			[['2024-01', 'Orleans Parish', '1']],
			true
		],
		['state names', ['month', 'state', 'n'], [['2024-01', 'Ohio', '1']], false],
		['state codes', ['month', 'place', 'n'], [['2024-01', 'OH', '1']], false],
		['county FIPS codes', ['month', 'fips', 'n'], [['2024-01', '39049', '1']], false],
		['no place column', ['month', 'n'], [['2024-01', '1']], false]
	];
	test.each(cases)('%s: %s', (_, header, sample, needed) => {
		const i = inspection(header, sample);
		expect(mayHoldCountyNames(i, guessMapping(i, CTX.geography), CTX.geography)).toBe(needed);
	});

	test('and not again once they are loaded', () => {
		const i = inspection(['month', 'county', 'n'], [['2024-01', 'Franklin County, OH', '1']]);
		expect(mayHoldCountyNames(i, guessMapping(i, CTX.geography), PLACES)).toBe(false);
	});
});
