import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CTX } from '../../../tests/support/geography';
import { readCsvText } from '../sources/read-text';
import { cdcVsrrState } from '../sources/cdc-vsrr-state/adapter';
import { guessMapping } from './guess';
import type { Mapping } from './mapping';
import { PLACES, readText } from './test-support';

const VSRR = readFileSync(
	join(import.meta.dirname, '../sources/cdc-vsrr-state/fixtures/download-shape/input.csv'),
	'utf8'
);

const OWN = [
	'month,county_fips,county,deaths',
	'2024-01,39035,Cuyahoga,41',
	'2024-02,39035,Cuyahoga,"1,038"',
	'2024-03,39035,Cuyahoga,',
	'2024-04,39035,Cuyahoga,<10',
	'2024-13,39035,Cuyahoga,12',
	'2024-05,99035,Nowhere,12',
	'2024-06,39035,Cuyahoga,twelve',
	'',
	'2024-01,39049,Franklin,30',
	'2024-01,39049,Franklin,30',
	'2024-01,39049,Franklin,31'
].join('\n');

const MAPPING: Mapping = {
	headerRow: 1,
	date: { column: 0, kind: 'month', order: 'month-first' },
	place: { kind: 'county-fips', column: 1 },
	value: { column: 3, kind: 'count' },
	unit: 'deaths',
	label: 'deaths',
	status: 'provisional'
};

describe('an official file is read by its adapter, through the pipeline’s Feeder', () => {
	test.each([1, 5, 64, 100_000])(
		'in %i-byte chunks, the same series as the pipeline reads',
		async (size) => {
			const outcome = await readText(VSRR, {}, 'test.csv', size);
			expect(outcome.kind).toBe('official');
			if (outcome.kind !== 'official') return;
			expect(outcome.adapter.id).toBe('cdc-vsrr-state');
			const {
				adapter: _a,
				headerRow: _h,
				...pipeline
			} = readCsvText(VSRR, 'test.csv', [cdcVsrrState], CTX);
			expect(outcome.result).toEqual(pipeline);
		}
	);

	test('unless the person asks to map its columns as their own data', async () => {
		const outcome = await readText(VSRR, { ownData: true });
		expect(outcome.kind).toBe('needs-mapping');
	});

	test('a malformed official file stops with the pipeline’s message', async () => {
		const bad = VSRR.replace('"2,100"', 'lots');
		await expect(readText(bad)).rejects.toThrow(
			/row 2, column "Data Value": expected a number, found "lots"/
		);
	});
});

describe('any other file', () => {
	test('stops after its first rows for the column mapping, with a guess', async () => {
		const outcome = await readText(OWN);
		expect(outcome.kind).toBe('needs-mapping');
		if (outcome.kind !== 'needs-mapping') return;
		const { inspection } = outcome;
		expect(inspection).toMatchObject({
			headerRow: 1,
			firstRow: 2,
			header: ['month', 'county_fips', 'county', 'deaths']
		});
		expect(inspection.sample[0]).toEqual(['2024-01', '39035', 'Cuyahoga', '41']);
		expect(guessMapping(inspection, CTX.geography)).toEqual({ ...MAPPING, label: 'deaths' });
	});

	test('reads only its head when it is large', async () => {
		const big = 'month,state,n\n' + '2024-01,OH,1\n'.repeat(200_000);
		const outcome = await readText(big);
		expect(outcome.kind === 'needs-mapping' && outcome.inspection.sample).toHaveLength(50);
	});

	test('is read through the mapping: points by place, every other row explained', async () => {
		const outcome = await readText(OWN, { mapping: MAPPING });
		expect(outcome.kind).toBe('mapped');
		if (outcome.kind !== 'mapped') return;
		const { series, rowsRead, skipped, problems, release } = outcome.result;
		expect(
			series.map((s) => [s.geo, s.unit, s.points.map((p) => [p.period, p.value, p.status])])
		).toEqual([
			[
				'39035',
				'deaths',
				[
					['2024-01', 41, 'provisional'],
					['2024-02', 1038, 'provisional'],
					['2024-03', null, 'missing'],
					['2024-04', null, 'suppressed']
				]
			],
			['39049', 'deaths', [['2024-01', 30, 'provisional']]]
		]);
		expect(release).toBe('2024-04');
		// 10 rows with data: 5 points, 1 exact duplicate, 4 problems
		expect(rowsRead).toBe(10);
		expect(skipped.reduce((n, s) => n + s.count, 0)).toBe(5);
		expect(problems.map((p) => [p.row, p.column, p.found, p.reason])).toEqual([
			[6, 'month', '2024-13', 'month 13 does not exist'],
			[7, 'county_fips', '99035', '99035 does not start with a state FIPS code'],
			[8, 'deaths', 'twelve', 'this is not a number'],
			[12, '', '31', 'another row already gave a different value for 39049 in January 2024']
		]);
		expect(problems.every((p) => p.hint.length > 20)).toBe(true);
	});

	test('a header below lines of title is found, and the mapping reads from there', async () => {
		const titled = 'Overdose deaths by month\n\n' + OWN;
		const outcome = await readText(titled);
		expect(outcome.kind === 'needs-mapping' && outcome.inspection.headerRow).toBe(3);
		const mapped = await readText(titled, { mapping: { ...MAPPING, headerRow: 3 } });
		expect(mapped.kind === 'mapped' && mapped.result.problems[0]?.row).toBe(8);
	});

	test('a file nearly in an official format says which column it lacks', async () => {
		const renamed = VSRR.replace('Data Value', 'Value');
		const outcome = await readText(renamed);
		expect(outcome.kind === 'needs-mapping' && outcome.inspection.nearly).toMatch(
			/looks like VSRR Provisional Drug Overdose Death Counts, but it lacks the column “Data Value”/
		);
	});
});

test('county names are read through the Census names; a name that fits several counties is listed with what to do', async () => {
	const text = [
		'month,county,state,deaths',
		'2024-01,Franklin County,OH,12',
		'2024-01,"Baltimore city, MD",,7',
		'2024-01,Baltimore County,Maryland,5',
		'2024-01,Baltimore,MD,4',
		'2024-01,Franklin County,,3',
		'2024-01,Nowhere County,OH,2'
	].join('\n');
	const mapping: Mapping = {
		...MAPPING,
		place: { kind: 'county-name', column: 1, stateColumn: 2 }
	};
	const outcome = await readText(text, { mapping, counties: PLACES.counties });
	if (outcome.kind !== 'mapped') throw new Error(outcome.kind);
	const { series, problems } = outcome.result;
	expect(series.map((s) => [s.geo, s.points[0]!.value])).toEqual([
		['39049', 12],
		['24510', 7],
		['24005', 5]
	]);
	expect(problems.map((p) => [p.row, p.column, p.found, p.reason, p.hint])).toEqual([
		[
			5,
			'county',
			'Baltimore',
			'“Baltimore” could be 2 places in Maryland (Baltimore County; Baltimore city)',
			'Write the full name, such as “Baltimore County, MD” or “Baltimore city, MD”.'
		],
		[
			6,
			'county',
			'Franklin County',
			'“Franklin County” could be a county in any of 3 states (Franklin County, OH; Franklin County, PA; Franklin County, VA)',
			'Add the state, such as “Franklin County, OH”, or choose the column that holds the state above.'
		],
		[
			7,
			'county',
			'Nowhere County',
			'“Nowhere County” is not the name of a county in Ohio',
			'Check the spelling against the Census Bureau’s name, such as “Franklin County”.'
		]
	]);
});

describe('files that cannot be read say why, where, and what to do', () => {
	const cases: [string, string, RegExp][] = [
		['empty', '', /expected rows of data, found an empty file/],
		['blank lines only', '\n\n\n', /an empty file/],
		[
			'semicolons',
			'month;state;deaths\n2024-01;OH;3\n',
			/row 1: expected values separated by commas, found values separated by semicolons\. Save the file as comma-separated CSV/
		],
		[
			'semicolons and decimal commas',
			'month;state;rate\n2024-01;OH;1,5\n',
			/found values separated by semicolons/
		],
		['tabs', 'month\tstate\tdeaths\n2024-01\tOH\t3\n', /separated by tabs/],
		[
			'no header',
			'2024-01,OH,3\n2024-02,OH,4\n',
			/row 1: expected a first row of column names, found a row of data \("2024-01", "OH", "3"\)\. Add a first row/
		],
		[
			'a web page',
			'<!DOCTYPE html>\n<html><body>Not found</body></html>\n',
			/expected a CSV file, found a web page/
		],
		['one column', 'deaths\n3\n4\n', /expected at least two columns/],
		[
			'a wide table',
			'state,2019,2020,2021\nOH,1,2,3\n',
			/found 3 columns named after years\. This page reads a long table/
		],
		[
			'header only',
			'month,state,deaths\n',
			/row 1: expected rows of data below the column names, found column names only/
		]
	];
	test.each(cases)('%s', async (_name, text, message) => {
		await expect(readText(text)).rejects.toThrow(message);
	});
});
