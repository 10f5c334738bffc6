/**
 * What the root-cause explorer can set side by side: the outcomes (death
 * rates) and the conditions, each with the words a chart and a sentence need,
 * the dataset it comes from, and the position in the debate it speaks to.
 */

export const POSITIONS = [
	{
		id: 'supply',
		label: 'Supply reduction and enforcement',
		claim:
			'Overdose deaths follow the supply of illicit fentanyl, so stopping drugs at the border and disrupting trafficking reduces harm.'
	},
	{
		id: 'treatment',
		label: 'Treatment, harm reduction and prevention',
		claim:
			'Deaths fall where people can get naloxone, medication for opioid use disorder and health coverage, and where prescribing is safer.'
	},
	{
		id: 'conditions',
		label: 'Social and economic conditions',
		claim:
			'Poverty, lost work and lack of insurance drive drug use and overdose ("deaths of despair"), whatever the supply.'
	}
] as const;
export type PositionId = (typeof POSITIONS)[number]['id'];

export const OUTCOMES = [
	{
		id: 'synthetic-opioids',
		measure: 'deaths.synthetic-opioids',
		label: 'Deaths involving synthetic opioids (mainly fentanyl) per 100,000 people',
		short: 'Synthetic-opioid death rate',
		phrase: 'synthetic-opioid (mainly fentanyl) death rates'
	},
	{
		id: 'all-drugs',
		measure: 'deaths.all-drugs',
		label: 'Drug overdose deaths per 100,000 people',
		short: 'Overdose death rate',
		phrase: 'overdose death rates'
	}
] as const;
export type OutcomeId = (typeof OUTCOMES)[number]['id'];

export interface Condition {
	id: string;
	/** axis title and picker label */
	label: string;
	/** plural noun phrase for sentences: 'naloxone dispensing rates' */
	phrase: string;
	position: PositionId;
	dataset: string;
	/** decimals in tables */
	digits: number;
	/** what makes this comparison especially hard to read */
	limit: string;
}

const SHARED =
	'the drug supply that reached them, age, urban and rural areas, and how deaths are investigated';

export const CONDITIONS: readonly Condition[] = [
	{
		id: 'naloxone',
		label: 'Naloxone prescriptions filled per 100 people',
		phrase: 'naloxone dispensing rates',
		position: 'treatment',
		dataset: 'cdc-dispensing',
		digits: 1,
		limit: `${SHARED}; naloxone is dispensed more where overdoses are already common, so it can follow deaths rather than prevent them, and retail prescriptions miss community distribution`
	},
	{
		id: 'buprenorphine',
		label: 'Buprenorphine prescriptions filled per 100 people',
		phrase: 'buprenorphine dispensing rates',
		position: 'treatment',
		dataset: 'cdc-dispensing',
		digits: 1,
		limit: `${SHARED}; buprenorphine is prescribed more where opioid use disorder is common, so it can follow the need rather than cause the outcome`
	},
	{
		id: 'medicaid',
		label: 'Share of the year with Medicaid expansion in effect',
		phrase: 'shares of the year with Medicaid expansion in effect',
		position: 'treatment',
		dataset: 'kff-medicaid-expansion',
		digits: 2,
		limit: `${SHARED}; expansion is nearly yes or no, so the group comparison below reads it better, and states chose whether and when to expand`
	},
	{
		id: 'oud',
		label: 'People aged 12 or older with opioid use disorder (%), 2022–2023',
		phrase: 'shares of people with opioid use disorder',
		position: 'conditions',
		dataset: 'samhsa-nsduh',
		digits: 2,
		limit: `${SHARED}; the survey estimate has its own uncertainty and misses people in institutions and without homes`
	},
	{
		id: 'poverty',
		label: 'People below the poverty line (%), 2023',
		phrase: 'poverty rates',
		position: 'conditions',
		dataset: 'acs-2023',
		digits: 1,
		limit: SHARED
	},
	{
		id: 'uninsured',
		label: 'People without health insurance (%), 2023',
		phrase: 'shares of people without health insurance',
		position: 'conditions',
		dataset: 'acs-2023',
		digits: 1,
		limit: `${SHARED}; states with fewer uninsured people are often the states that expanded Medicaid`
	},
	{
		id: 'unemployment',
		label: 'Unemployment rate (%), ACS 5-year, derived by a third party',
		phrase: 'unemployment rates (survey estimates, derived by a third party)',
		position: 'conditions',
		dataset: 'census-state-economic-derived',
		digits: 1,
		limit: `${SHARED}; each value averages the five years ending in the year shown`
	},
	{
		id: 'income',
		label: 'Median household income ($), ACS 5-year, derived by a third party',
		phrase: 'median household incomes (derived by a third party)',
		position: 'conditions',
		dataset: 'census-state-economic-derived',
		digits: 0,
		limit: `${SHARED}; each value averages the five years ending in the year shown`
	},
	{
		id: 'lab-reports',
		label: 'Fentanyl lab reports per 100,000 people (NFLIS)',
		phrase: 'fentanyl lab reports per person',
		position: 'supply',
		dataset: 'dea-nflis',
		digits: 1,
		limit: `${SHARED}; lab reports count items police seized and sent to labs, so they reflect policing as well as the drug supply`
	},
	{
		id: 'border-seizures',
		label: 'Pounds of fentanyl seized by CBP per 100,000 residents (border states only)',
		phrase: 'fentanyl seizures per resident',
		position: 'supply',
		dataset: 'cbp-seizures',
		digits: 2,
		limit: `${SHARED}; seizures measure enforcement activity and detection, not the drugs that got through, and drugs seized at a state's border are mostly headed elsewhere`
	}
];

export const condition = (id: string) => CONDITIONS.find((c) => c.id === id);
export const outcome = (id: string) => OUTCOMES.find((o) => o.id === id);
