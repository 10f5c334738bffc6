/**
 * The catalogue of measures: what each id means, in plain words and in the
 * agency's terms. Drug categories overlap (one death can involve several
 * drugs), so they never add up to the all-drug total.
 */
import { SEIZED_DRUGS, seizureMeasure } from './cbp';

export interface Measure {
	id: string;
	/** plain words, for the public */
	label: string;
	/** the agency's own term and codes, for officials */
	official: string;
	/** counted deaths, visits, reports… or a rate */
	kind: 'count' | 'percent' | 'rate' | 'amount' | 'status';
	/** for death counts: finishes "N people died of …" */
	diedOf?: string;
}

const m = (
	id: string,
	label: string,
	official: string,
	kind: Measure['kind'] = 'count'
): Measure => ({
	id,
	label,
	official,
	kind
});
const overdose = (id: string, drug: string, official: string): Measure => ({
	...m(id, `Overdose deaths involving ${drug}`, official),
	diedOf: `an overdose involving ${drug}`
});

/** CBP seizures: pounds and events, by month and by fiscal year, for each drug type. */
const seizures = SEIZED_DRUGS.flatMap((d) =>
	(['month', 'fiscal-year'] as const).flatMap((grain) => {
		const when = grain === 'month' ? 'by month' : 'by fiscal year (October–September)';
		const term = `CBP drug seizures, Drug Type "${d.name}"`;
		return [
			m(
				seizureMeasure(d.id, 'lbs', grain),
				`Pounds of ${d.label} seized by CBP, ${when}`,
				`${term}, Sum Qty (lbs)`,
				'amount'
			),
			m(
				seizureMeasure(d.id, 'events', grain),
				`CBP seizures of ${d.label} (number of seizure events), ${when}`,
				`${term}, Count of Event`
			)
		];
	})
);

const labReports = [
	m(
		'lab-reports.fentanyl',
		'Lab reports of fentanyl and fentanyl-related substances in seized drugs, by year',
		'NFLIS-Drug drug reports, category 33 "Fentanyl and Fentanyl-related", annual'
	),
	m(
		'lab-reports.fentanyl.half-year',
		'Lab reports of fentanyl and fentanyl-related substances in seized drugs, by half year',
		'NFLIS-Drug drug reports, category 33 "Fentanyl and Fentanyl-related", semiannual'
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
const DEATH_MEASURES: readonly Measure[] = [
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
	),
	m('population', 'Population', 'Population (the estimate the publisher used)')
];

/** CDC DOSE drug categories: id, plain words, CDC's term. */
const DOSE_DRUGS = [
	['all-drugs', 'any drug', 'all drug'],
	['opioids', 'any opioid', 'all opioid'],
	['fentanyl', 'fentanyl', 'fentanyl'],
	['heroin', 'heroin', 'heroin'],
	['stimulants', 'any stimulant', 'all stimulant'],
	['cocaine', 'cocaine', 'cocaine'],
	['methamphetamine', 'methamphetamine', 'methamphetamine'],
	['benzodiazepines', 'benzodiazepines', 'benzodiazepine']
] as const;

type Words = (drug: string) => string;
/** Each kind of DOSE measure: id prefix, plain label, CDC's term, kind. */
const DOSE_KINDS: readonly [string, Words, Words, Measure['kind']][] = [
	[
		'share.ed-visits',
		(d) => `Suspected overdoses involving ${d} per 10,000 emergency department visits`,
		(t) => `Suspected ${t} nonfatal overdoses per 10,000 total ED visits (DOSE-SYS)`,
		'rate'
	],
	[
		'ed-visits',
		(d) => `Emergency department visits for a nonfatal overdose involving ${d}`,
		(t) => `ED visits, nonfatal ${t} overdose (DOSE discharge data)`,
		'count'
	],
	[
		'hospitalizations',
		(d) => `Hospital stays for a nonfatal overdose involving ${d}`,
		(t) => `Inpatient hospitalizations, nonfatal ${t} overdose (DOSE discharge data)`,
		'count'
	],
	[
		'rate.ed-visits',
		(d) => `Emergency department visits for a nonfatal overdose involving ${d} per 100,000 people`,
		(t) => `Rate of ED visits for nonfatal ${t} overdose per 100,000 persons (DOSE discharge data)`,
		'rate'
	],
	[
		'rate.hospitalizations',
		(d) => `Hospital stays for a nonfatal overdose involving ${d} per 100,000 people`,
		(t) =>
			`Rate of inpatient hospitalizations for nonfatal ${t} overdose per 100,000 persons (DOSE discharge data)`,
		'rate'
	]
];

/** Plain ids cover a year (DOSE's "annual": a calendar year, or for DOSE-SYS 12 rolling months). */
const WINDOWS = [
	['', 'over a year', 'annual'],
	['.calendar-month', 'in one month', 'monthly']
] as const;

function doseMeasures(): Measure[] {
	const out: Measure[] = [];
	for (const [drug, words, term] of DOSE_DRUGS)
		for (const [prefix, label, official, kind] of DOSE_KINDS)
			for (const [suffix, when, cdc] of WINDOWS)
				out.push(
					m(
						`${prefix}.${drug}${suffix}`,
						`${label(words)}, ${when}`,
						`${official(term)}, ${cdc}`,
						kind
					)
				);
	out.push(
		m(
			'ed-visits.all-drugs.5-year',
			'Emergency department visits for a nonfatal overdose involving any drug, over five years',
			'ED visits, nonfatal all drug overdose (DOSE discharge data, county), 5-year'
		),
		m(
			'rate.ed-visits.all-drugs.5-year',
			'Emergency department visits for a nonfatal overdose involving any drug per 100,000 person-years, over five years',
			'Rate of ED visits for nonfatal all drug overdose per 100,000 person-years (DOSE discharge data, county), 5-year',
			'rate'
		)
	);
	return out;
}
const DOSE_MEASURES = doseMeasures();

export const MEASURES: readonly Measure[] = [
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
	),
	...seizures,
	...labReports,
	...DEATH_MEASURES,
	...DOSE_MEASURES
];

const byId = new Map(MEASURES.map((x) => [x.id, x]));

export function measure(id: string): Measure | undefined {
	return byId.get(id);
}
