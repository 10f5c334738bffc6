/** Canada (Public Health Agency of Canada): its own definitions, not comparable with US codes. */
import { m, type Measure } from './define';

export const CANADA_MEASURES: readonly Measure[] = [
	{
		...m(
			'canada.deaths.opioids',
			'Deaths from opioid toxicity in Canada',
			'Total apparent opioid toxicity deaths'
		),
		diedOf: 'apparent opioid toxicity'
	},
	{
		...m(
			'canada.deaths.stimulants',
			'Deaths from stimulant toxicity in Canada',
			'Total apparent stimulant toxicity deaths'
		),
		diedOf: 'apparent stimulant toxicity'
	},
	m(
		'canada.hospitalizations.opioids',
		'Hospital stays for opioid poisoning in Canada',
		'Total opioid-related poisoning hospitalizations'
	),
	m(
		'canada.hospitalizations.stimulants',
		'Hospital stays for stimulant poisoning in Canada',
		'Total stimulant-related poisoning hospitalizations'
	),
	m(
		'canada.ed-visits.opioids',
		'Emergency department visits for opioid poisoning in Canada',
		'Total opioid-related poisoning emergency department visits'
	),
	m(
		'canada.ed-visits.stimulants',
		'Emergency department visits for stimulant poisoning in Canada',
		'Total stimulant-related poisoning emergency department visits'
	),
	m(
		'canada.ems.opioids',
		'Ambulance (EMS) responses to suspected opioid overdoses in Canada',
		'EMS responses to suspected opioid-related overdoses'
	)
];
