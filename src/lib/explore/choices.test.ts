import { expect, test } from 'vitest';
import { CTX } from '../../../tests/support/geography';
import type { DatasetRecord, Manifest } from '../domain/manifest';
import {
	hasPopulation,
	overlayChoices,
	placeChoices,
	placesByState,
	seriesChoices
} from './choices';
import { packSeries, type Loaded } from './loaded';

const g = CTX.geography;
const point = { period: '2024-01', value: 1, status: 'final' as const };
const official: Loaded = {
	name: 'vsrr.csv',
	bytes: 1,
	loadedAt: '2025-01-01T00:00:00.000Z',
	origin: {
		kind: 'official',
		id: 'cdc-vsrr-state',
		title: 'VSRR',
		publisher: 'CDC',
		url: 'https://x',
		caveats: []
	},
	data: packSeries('cdc-vsrr-state', 'vsrr.csv', {
		release: '2024-01',
		series: [
			{
				dataset: 'cdc-vsrr-state',
				measure: 'deaths.synthetic-opioids',
				geo: 'OH',
				unit: 'd',
				points: [point]
			},
			{
				dataset: 'cdc-vsrr-state',
				measure: 'deaths.synthetic-opioids',
				geo: 'US',
				unit: 'd',
				points: [point]
			},
			{
				dataset: 'cdc-vsrr-state',
				measure: 'deaths.synthetic-opioids',
				variant: 'predicted',
				geo: 'OH',
				unit: 'd',
				points: [point]
			},
			{
				dataset: 'cdc-vsrr-state',
				measure: 'deaths.synthetic-opioids',
				geo: 'YC',
				unit: 'd',
				points: []
			}
		]
	}),

	rowsRead: 3,
	skipped: [],
	problems: [],
	release: '2024-01'
};

test('an official file offers each measure and variant, with the catalogue’s plain words', () => {
	expect(seriesChoices(official)).toEqual([
		{
			value: 'deaths.synthetic-opioids|',
			label: 'Overdose deaths involving synthetic opioids, mainly fentanyl'
		},
		{
			value: 'deaths.synthetic-opioids|predicted',
			label:
				'Overdose deaths involving synthetic opioids, mainly fentanyl, predicted (adjusted for reporting delays)'
		}
	]);
});

test('places with points, the US first, then by name', () => {
	expect(placeChoices(official, 'deaths.synthetic-opioids|', g)).toEqual([
		{ value: 'US', label: 'United States' },
		{ value: 'OH', label: 'Ohio' }
	]);
});

const record = (id: string, measures: string[], geos: string[]) =>
	({
		id,
		title: id.toUpperCase(),
		coverage: { first: '', last: '', geos, measures }
	}) as unknown as DatasetRecord;

test('the site’s series to compare with leave out populations and counties', () => {
	const manifest = {
		generatedAt: '',
		datasets: [
			record(
				'cdc-vsrr-state',
				['deaths.all-drugs', 'share.drugs-specified'],
				['OH', 'US', '39035']
			),
			record('census-population', ['population'], ['OH'])
		]
	} as Manifest;
	expect(
		overlayChoices(manifest, g).map((c) => [
			c.value,
			c.label,
			c.count,
			c.places.map((p) => p.value)
		])
	).toEqual([
		[
			'cdc-vsrr-state/deaths.all-drugs',
			'Drug overdose deaths, all drugs (CDC-VSRR-STATE)',
			true,
			['US', 'OH']
		],
		[
			'cdc-vsrr-state/share.drugs-specified',
			'Share of overdose deaths with the drugs involved specified (CDC-VSRR-STATE)',
			false,
			['US', 'OH']
		]
	]);
	expect(hasPopulation(manifest)).toBe(true);
	expect(hasPopulation({ ...manifest, datasets: manifest.datasets.slice(0, 1) })).toBe(false);
});

test('many places are grouped by state: the state first, then its counties', () => {
	const places = [
		{ value: '39049', label: 'county 39049 (Ohio)' },
		{ value: 'OH', label: 'Ohio' },
		{ value: '01001', label: 'county 01001 (Alabama)' },
		{ value: 'US', label: 'United States' }
	];
	expect(
		placesByState(places, g).map((grp) => [grp.value, grp.label, grp.places.map((p) => p.value)])
	).toEqual([
		['US', 'United States', ['US']],
		['AL', 'Alabama', ['01001']],
		['OH', 'Ohio', ['39049', 'OH']]
	]);
});
