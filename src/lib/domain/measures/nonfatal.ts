/** Nonfatal overdoses: CDC DOSE syndromic surveillance and discharge data. */
import { m, type Measure } from './define';

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
export const DOSE_MEASURES = doseMeasures();
