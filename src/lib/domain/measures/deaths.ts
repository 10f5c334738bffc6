/**
 * Deaths: CDC VSRR's 12-month-ending counts by drug, WONDER's calendar months,
 * NCHS final rates. Drug categories overlap (one death can involve several
 * drugs), so they never add up to the all-drug total.
 */
import { m, overdose, type Measure } from './define';

export const VSRR_MEASURES: readonly Measure[] = [
	{
		...m('deaths.all-drugs', 'Drug overdose deaths, all drugs', 'Number of Drug Overdose Deaths'),
		diedOf: 'a drug overdose'
	},
	overdose(
		'deaths.synthetic-opioids',
		'synthetic opioids, mainly fentanyl',
		'Synthetic opioids, excl. methadone (T40.4)'
	),
	overdose(
		'deaths.psychostimulants',
		'psychostimulants, mainly methamphetamine',
		'Psychostimulants with abuse potential (T43.6)'
	),
	overdose('deaths.cocaine', 'cocaine', 'Cocaine (T40.5)'),
	overdose('deaths.heroin', 'heroin', 'Heroin (T40.1)'),
	overdose('deaths.opioids', 'any opioid', 'Opioids (T40.0-T40.4,T40.6)'),
	overdose(
		'deaths.prescription-opioids',
		'natural and semi-synthetic opioids (prescription opioids such as oxycodone)',
		'Natural & semi-synthetic opioids (T40.2)'
	),
	overdose('deaths.methadone', 'methadone', 'Methadone (T40.3)'),
	overdose(
		'deaths.prescription-opioids-methadone',
		'prescription opioids or methadone',
		'Natural & semi-synthetic opioids, incl. methadone (T40.2, T40.3)'
	),
	overdose(
		'deaths.prescription-synthetic-methadone',
		'prescription opioids, synthetic opioids or methadone',
		'Natural, semi-synthetic, & synthetic opioids, incl. methadone (T40.2-T40.4)'
	),
	m('deaths.all-causes', 'Deaths from all causes', 'Number of Deaths'),
	m(
		'share.drugs-specified',
		'Share of overdose deaths with the drugs involved specified',
		'Percent with drugs specified',
		'percent'
	)
];

/*
 * Naming: a plain id covers a year (a calendar year, or 12 months ending in the
 * month, as VSRR counts do); `.calendar-month` marks counts and rates of a
 * single month and `.5-year` pooled five-year figures. The series' unit and
 * period say the window again. Rates are `rate.<what>`; a share of ED visits
 * (not of people) is `share.ed-visits.<drug>`.
 */
const SYNTHETIC = 'synthetic opioids, mainly fentanyl';
export const DEATH_MEASURES: readonly Measure[] = [
	{
		...m(
			'deaths.synthetic-opioids.calendar-month',
			`Deaths involving ${SYNTHETIC}, in one calendar month`,
			'Multiple cause of death T40.4 (Other synthetic narcotics), by month of death'
		),
		diedOf: `causes involving ${SYNTHETIC}`
	},
	m(
		'rate.deaths.all-drugs.crude',
		'Drug overdose deaths per 100,000 people (crude rate)',
		'Crude Death Rate, drug poisoning (underlying cause X40–X44, X60–X64, X85, Y10–Y14)',
		'rate'
	),
	m(
		'rate.deaths.all-drugs.age-adjusted',
		'Drug overdose deaths per 100,000 people, age-adjusted',
		'Age-adjusted Rate (2000 U.S. standard population), drug poisoning',
		'rate'
	),
	m(
		'change.deaths.all-drugs',
		'Change in drug overdose deaths between two 12-month periods, in percent',
		'Percent change in Provisional Drug Overdose Deaths between two 12-month-ending periods',
		'percent'
	)
];
