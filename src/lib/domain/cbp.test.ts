import { expect, test } from 'vitest';
import { cbpAreaGeo, cbpAreaLabel, cbpGeo, cbpGeoLabel, seizureMeasure } from './cbp';
import { measure } from './measures';

test.each([
	['SAN DIEGO FIELD OFFICE', 'cbp:san-diego-field-office'],
	['San Diego Air And Marine Branch', 'cbp:san-diego-air-and-marine-branch'],
	[
		'HQ Foreign Operations & Investigations Branch',
		'cbp:hq-foreign-operations-investigations-branch'
	],
	['NASOC - Grand Forks', 'cbp:nasoc-grand-forks']
])('the area %s is %s', (name, id) => expect(cbpAreaGeo(name)).toBe(id));

test.each([
	[cbpGeo('all'), 'All CBP'],
	[cbpGeo('southwest', 'ofo'), 'Southwest border: at ports of entry (Office of Field Operations)'],
	[cbpGeo('all', 'usbp'), 'All CBP: between ports of entry (U.S. Border Patrol)'],
	['cbp:san-diego-sector', undefined]
])('%s reads "%s"', (geo, label) => expect(cbpGeoLabel(geo)).toBe(label));

test('every seizure measure id is in the catalogue, with the unit in its words', () => {
	expect(measure(seizureMeasure('fentanyl', 'lbs', 'month'))?.label).toBe(
		'Pounds of fentanyl seized by CBP, by month'
	);
	expect(measure(seizureMeasure('other', 'events', 'fiscal-year'))).toMatchObject({
		id: 'seizures.other.events.fiscal-year',
		official: 'CBP drug seizures, Drug Type "Other Drugs**", Count of Event',
		kind: 'count'
	});
	expect(measure('lab-reports.fentanyl.half-year')?.kind).toBe('count');
});

test.each([
	['SAN DIEGO FIELD OFFICE', 'San Diego Field Office'],
	['RIO GRANDE VALLEY SECTOR', 'Rio Grande Valley Sector'],
	[
		'HQ Foreign Operations & Investigations Branch',
		'HQ Foreign Operations & Investigations Branch'
	],
	['NASOC - Grand Forks', 'NASOC - Grand Forks']
])('the area %s reads "%s"', (name, label) => expect(cbpAreaLabel(name)).toBe(label));
