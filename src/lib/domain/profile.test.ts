import { describe, expect, test } from 'vitest';
import { CTX } from '../../../tests/support/geography';
import { profileOf, record, series } from '../../../tests/support/profile';
import { crudeRate, madeOf, placesOf, placeSeries, placeLabel } from './profile';

const ENC = ['IL', 'IN', 'MI', 'OH', 'WI'];
const deaths = {
	record: record('deaths'),
	series: [
		...[...ENC, 'US'].map((c) => series('deaths', 'deaths.all-drugs', c, '2023', [1000, 2000])),
		series('deaths', 'deaths.synthetic-opioids', 'OH', '2023', [300, 400]),
		series('deaths', 'deaths.synthetic-opioids', 'IN', '2023', [100, 100]),
		series('deaths', 'deaths.cocaine', 'OH', '2023', [50, 60])
	]
};
const population = {
	record: record('census-population'),
	series: [
		...ENC.map((c, i) => series('census-population', 'population', c, '2023', [(i + 1) * 1e6])),
		series('census-population', 'population', 'US', '2023', [1e8])
	]
};
const oh = profileOf('OH', [deaths, population]);
const places = placesOf(CTX.geography, oh);
const [state, division, us] = places as [
	(typeof places)[0],
	(typeof places)[0],
	(typeof places)[0]
];

test('the three places: the state, its census division and the US', () => {
	expect(places.map((p) => [p.geo, p.name, p.role])).toEqual([
		['OH', 'Ohio', 'state'],
		['division-east-north-central', 'East North Central division', 'region'],
		['US', 'United States', 'us']
	]);
});

describe('crude death rates', () => {
	test('the state: its deaths over its population, per 100,000; later years reuse the last estimate', () => {
		const rate = crudeRate(oh, 'deaths', 'deaths.all-drugs', state)!;
		// Ohio is the 4th of the five members: 4 million people
		expect(rate.map((p) => p.value)).toEqual([25, 50]);
		expect(rate[1]!.note).toMatch(/2023 estimate is used/);
	});

	test('the division: the deaths of the members that have a count over those members’ people', () => {
		// (300 + 100) deaths over OH 4 M + IN 2 M, not over all five states
		const rate = crudeRate(oh, 'deaths', 'deaths.synthetic-opioids', division)!;
		expect(rate[0]!.value).toBeCloseTo((400 / 6e6) * 1e5, 3);
		expect(placeLabel(oh, 'deaths', 'deaths.synthetic-opioids', division)).toBe(
			'East North Central division (without IL, MI, WI (no value))'
		);
	});

	test('the US: its own count over the US population', () => {
		expect(crudeRate(oh, 'deaths', 'deaths.all-drugs', us)![0]!.value).toBe(1);
	});
});

test('a division whose only member with a value is the state is not shown as the division', () => {
	expect(placeSeries(oh, 'deaths', 'deaths.cocaine', division)).toBeUndefined();
	expect(placeSeries(oh, 'deaths', 'deaths.cocaine', state)?.points[0]?.value).toBe(50);
	expect(madeOf(oh, 'deaths', 'deaths.cocaine', division)).toBe('no other state has a value');
	expect(crudeRate(oh, 'deaths', 'deaths.cocaine', division)).toBeNull();
});

test('a US total computed from the states says how many it holds', () => {
	expect(madeOf(oh, 'deaths', 'deaths.synthetic-opioids', us)).toBe(
		'2 of the 50 states and DC added up; no value for 49 others'
	);
});
