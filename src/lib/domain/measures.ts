/**
 * The catalogue of measures: what each id means, in plain words and in the
 * agency's terms. Drug categories overlap (one death can involve several
 * drugs), so they never add up to the all-drug total.
 */

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

	// Population, the denominator of rates.
	m('population', 'Population', 'Resident population estimate, July 1 (POPESTIMATE)'),

	// Response and conditions ("root causes").
	m(
		'dispensing.naloxone',
		'Naloxone prescriptions filled, per 100 people',
		'Naloxone dispensing rate (per 100 persons)',
		'rate'
	),
	m(
		'dispensing.buprenorphine',
		'Buprenorphine prescriptions filled, per 100 people',
		'Buprenorphine dispensing rate (per 100 persons)',
		'rate'
	),
	m(
		'medicaid.expansion',
		'Medicaid expansion in effect (share of the year)',
		'ACA Medicaid expansion, Expansion Implementation Date (KFF)',
		'status'
	),
	m(
		'medicaid.expansion-adopted',
		'Medicaid expansion adopted',
		'Status of Medicaid Expansion Decision (KFF)',
		'status'
	),
	m(
		'prevalence.opioid-use-disorder',
		'People aged 12 or older with opioid use disorder in the past year',
		'Opioid Use Disorder in Past Year, 12 or older (NSDUH small area estimate)',
		'percent'
	),
	m(
		'share.poverty',
		'People living below the poverty line',
		'Ratio of income to poverty level under 1.00 (ACS table C17002)',
		'percent'
	),
	m(
		'share.uninsured',
		'People without health insurance',
		'No health insurance coverage (ACS table B27010)',
		'percent'
	),
	m(
		'income.median-household',
		'Median household income',
		'Median household income in the past 12 months (ACS 5-year, B19013)',
		'amount'
	),
	m(
		'income.per-capita',
		'Income per person',
		'Per capita income in the past 12 months (ACS 5-year, B19301)',
		'amount'
	),
	m(
		'share.unemployment',
		'Unemployment rate (survey estimate)',
		'Unemployed ÷ civilian labor force (ACS 5-year, B23025), computed by a third party',
		'percent'
	),

	// Canada (Public Health Agency of Canada): its own definitions, not comparable with US codes.
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

const byId = new Map(MEASURES.map((x) => [x.id, x]));

export function measure(id: string): Measure | undefined {
	return byId.get(id);
}
