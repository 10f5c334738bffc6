/** DOSE's drug categories: the catalogue's id, the DOSE-SYS column stem, the discharge-data stem. */
export const DRUGS = [
	['all-drugs', 'drug', 'alldrug'],
	['opioids', 'opioid', 'opioid'],
	['fentanyl', 'fentanyl', 'fentanyl'],
	['heroin', 'heroin', 'heroin'],
	['stimulants', 'stimulant', 'stimulant'],
	['cocaine', 'cocaine', 'cocaine'],
	['methamphetamine', 'methamphetamine', 'methamphetamine'],
	['benzodiazepines', 'benzodiazepine', 'benzodiazepine']
] as const;

export const SYS_RATES = DRUGS.map(([, sys]) => `${sys}_rate` as const);
export const DX_COUNTS = DRUGS.map(([, , dx]) => `count_${dx}` as const);
export const DX_RATES = DRUGS.map(([, , dx]) => `rate_${dx}` as const);
