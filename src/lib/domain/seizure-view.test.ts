import { expect, test } from 'vitest';
import type { CbpArea } from './cbp';
import {
	cbpPlace,
	deathsPlace,
	placeLabel,
	placeOptions,
	placeWords,
	splitsFor
} from './seizure-view';

const AREAS = [
	{ id: 'cbp:tucson-sector', name: 'TUCSON SECTOR', component: 'usbp', regions: ['southwest'] },
	{ id: 'cbp:blaine-sector', name: 'BLAINE SECTOR', component: 'usbp', regions: ['northern'] },
	{
		id: 'cbp:ground-tactical-air-controller',
		name: 'Ground Tactical Air Controller',
		component: 'amo',
		regions: ['coastal-interior', 'southwest']
	}
].map((a) => ({ ...a, states: [], note: '', source: '' }) as CbpArea);
const place = (geo: string) => cbpPlace(geo, AREAS)!;

test.each([
	['cbp:all', 'across CBP', 'All CBP', ['total', 'component', 'region', 'area'], 'US'],
	[
		'cbp:southwest',
		'on the Southwest border',
		'Southwest border',
		['total', 'component', 'area'],
		'border-southwest'
	],
	[
		'cbp:southwest:ofo',
		'at ports of entry on the Southwest border',
		'Southwest border: at ports of entry (Office of Field Operations)',
		['total', 'area'],
		'border-southwest'
	],
	[
		'cbp:all:usbp',
		'between ports of entry',
		'All CBP: between ports of entry (U.S. Border Patrol)',
		['total', 'region', 'area'],
		'US'
	],
	[
		'cbp:tucson-sector',
		'in the area of the Tucson Sector',
		'Tucson Sector',
		['total'],
		'border-southwest'
	],
	['cbp:blaine-sector', 'in the area of the Blaine Sector', 'Blaine Sector', ['total'], 'US'],
	// listed under two regions: not a Southwest-only place
	[
		'cbp:ground-tactical-air-controller',
		'in the area of the Ground Tactical Air Controller',
		'Ground Tactical Air Controller',
		['total'],
		'US'
	]
])('%s: "%s", "%s", splits %j, deaths of %s', (geo, words, label, splits, deaths) => {
	const p = place(geo);
	expect(placeWords(p)).toBe(words);
	expect(placeLabel(p)).toBe(label);
	expect(splitsFor(p)).toEqual(splits);
	expect(deathsPlace(p)).toBe(deaths);
});

test.each([
	'cbp:mars',
	'cbp:all:xyz',
	'cbp:tucson-sector:ofo',
	'OH',
	'cbp:',
	'cbp:southwest:ofo:x'
])('%s is not a CBP place', (geo) => expect(cbpPlace(geo, AREAS)).toBeUndefined());

test('places to pick: CBP and its regions first, then parts of CBP, then areas by kind and name', () => {
	const options = placeOptions(AREAS);
	expect(options.slice(0, 4).map((o) => o.label)).toEqual([
		'All CBP',
		'Southwest border',
		'Northern border',
		'Coastal and interior'
	]);
	expect(options.filter((o) => o.group === 'One part of CBP')).toHaveLength(12);
	expect(options.slice(16).map((o) => [o.group, o.label])).toEqual([
		['Border Patrol sectors (between ports of entry)', 'Blaine Sector'],
		['Border Patrol sectors (between ports of entry)', 'Tucson Sector'],
		['Air and Marine Operations branches', 'Ground Tactical Air Controller']
	]);
	for (const o of options) expect(cbpPlace(o.value, AREAS), o.value).toBeDefined();
});
