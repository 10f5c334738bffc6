/** Population, and the conditions and responses around overdoses ("root causes"). */
import { m, type Measure } from './define';

export const CONDITION_MEASURES: readonly Measure[] = [
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
	)
];
