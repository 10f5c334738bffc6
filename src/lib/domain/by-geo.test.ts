import { describe, expect, test } from 'vitest';
import { AREAS, CTX } from '../../../tests/support/geography';
import { buildGeoFile, indexDatasets, type BuiltDataset } from './by-geo';
import type { SourcedSeries } from './dataset-file';
import { GeoProfile, parseGeoFile } from './geo-file';

const source = { name: 'made-up.csv', sha256: 'x', release: '2023' };
const record = (id: string) => ({
	id,
	title: id,
	publisher: 'Agency',
	url: 'https://example.gov',
	license: 'Public domain',
	derived: false,
	caveats: ['a caveat'],
	retrievedAt: '2025-01-01'
});
const series = (
	dataset: string,
	measure: string,
	geo: string,
	values: (number | null)[],
	extra: Partial<SourcedSeries> = {}
): SourcedSeries => ({
	dataset,
	measure,
	geo,
	unit: 'deaths',
	source,
	points: values.map((value, i) => ({
		period: String(2022 + i),
		value,
		status: value === null ? 'missing' : 'final'
	})),
	...extra
});
const ENC = ['IL', 'IN', 'MI', 'OH', 'WI'];

const deaths: BuiltDataset = {
	record: record('deaths'),
	series: [
		...ENC.filter((c) => c !== 'WI').map((c, i) =>
			series('deaths', 'deaths.all-drugs', c, [i + 1, 10])
		),
		series('deaths', 'deaths.all-drugs', 'US', [100, 200]),
		series('deaths', 'deaths.all-drugs', 'KY', [7, 7]),
		series('deaths', 'deaths.all-drugs', 'OH', [50, 60], {
			variant: 'pct-pending',
			unit: '% pending investigation'
		}),
		series('deaths', 'deaths.all-drugs', '39035', [3, 3]),
		series('deaths', 'deaths.all-drugs', 'YC', [5, 5]),
		series('deaths', 'deaths.all-drugs', 'NY', [9, 9])
	]
};
const shares: BuiltDataset = {
	record: record('shares'),
	series: ['OH', 'IN', 'MI', 'KY'].map((c, i) =>
		series('shares', 'share.poverty', c, [10 + i], { unit: '% of people' })
	)
};
const population: BuiltDataset = {
	record: record('census-population'),
	series: [...ENC, 'KY', 'US'].map((c) =>
		series('census-population', 'population', c, [1000, 1000])
	)
};
const seizures: BuiltDataset = {
	record: record('cbp-seizures'),
	series: [
		'cbp:laredo-sector',
		'cbp:detroit-sector',
		'cbp:southwest',
		'cbp:all',
		'cbp:northern'
	].map((g) => series('cbp-seizures', 'seizures.fentanyl.lbs', g, [1, 2], { unit: 'lbs' }))
};
const index = indexDatasets(CTX.geography, AREAS, [deaths, shares, population, seizures]);
const file = (code: string) => new GeoProfile(parseGeoFile(buildGeoFile(index, code, 'now')));

describe('Ohio’s file', () => {
	const oh = file('OH');

	test('holds Ohio, the US and its census division, and no other state’s deaths', () => {
		expect(oh.file.region).toBe('division-east-north-central');
		expect(oh.geos('deaths').sort()).toEqual(['OH', 'US', 'division-east-north-central']);
		expect(oh.series('deaths', 'deaths.all-drugs', 'US')?.points[1]?.value).toBe(200);
	});

	test('the division adds up the members that have the series and names the one left out', () => {
		expect(
			oh
				.series('deaths', 'deaths.all-drugs', 'division-east-north-central')
				?.points.map((p) => p.value)
		).toEqual([10, 40]);
		expect(oh.combined('deaths', 'deaths.all-drugs', 'division-east-north-central')).toMatchObject({
			how: 'sum',
			members: ['IL', 'IN', 'MI', 'OH'],
			left: ['WI']
		});
	});

	test('a percentage variant is kept for the state but never added up', () => {
		expect(oh.series('deaths', 'deaths.all-drugs', 'OH', 'pct-pending')).toBeDefined();
		expect(
			oh.series('deaths', 'deaths.all-drugs', 'division-east-north-central', 'pct-pending')
		).toBeUndefined();
	});

	test('each division member’s population is there for the division’s rates', () => {
		expect(oh.geos('census-population').sort()).toEqual(
			['IL', 'IN', 'MI', 'OH', 'US', 'WI', 'division-east-north-central'].sort()
		);
	});

	test('a share has no regional value: the file says where the state ranks instead', () => {
		expect(oh.geos('shares')).toEqual(['OH']);
		expect(oh.standing('shares', 'share.poverty')).toMatchObject({
			rank: 4,
			of: 4,
			value: 10,
			median: 11.5
		});
	});

	test('Ohio is not a border state: no CBP areas, though the Detroit sector lists it', () => {
		expect(oh.dataset('cbp-seizures')).toBeUndefined();
	});
});

test('a border state gets the CBP areas that map to it, their region and CBP as a whole', () => {
	expect(file('TX').geos('cbp-seizures').sort()).toEqual([
		'cbp:all',
		'cbp:laredo-sector',
		'cbp:southwest'
	]);
});

test('New York’s file has New York City beside the whole state', () => {
	expect(file('NY').geos('deaths')).toEqual(expect.arrayContaining(['NY', 'YC']));
});

test('a dataset without a US series gets one summed from the 50 states and DC, saying who is in it', () => {
	const ky = file('KY');
	expect(ky.series('shares', 'share.poverty', 'US')).toBeUndefined();
	const pop = ky.combined('census-population', 'population', 'division-east-south-central');
	expect(pop).toMatchObject({ members: ['KY'], left: ['AL', 'MS', 'TN'] });
	const deathsUs = ky.series('deaths', 'deaths.all-drugs', 'US');
	expect(deathsUs?.points[0]?.value).toBe(100);
});
