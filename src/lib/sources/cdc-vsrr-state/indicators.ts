/** VSRR indicator labels, exactly as CDC writes them, mapped to catalogue measures. */
export const UNIT_DEATHS = 'deaths (12-month ending)';

export interface Indicator {
	measure: string;
	unit: string;
	kind: 'count' | 'percent';
	/** CDC publishes a delay-adjusted predicted value for it */
	predicted: boolean;
}

const count = (measure: string, predicted = true): Indicator => ({
	measure,
	unit: UNIT_DEATHS,
	kind: 'count',
	predicted
});

export const INDICATORS = new Map<string, Indicator>([
	['Number of Drug Overdose Deaths', count('deaths.all-drugs')],
	['Synthetic opioids, excl. methadone (T40.4)', count('deaths.synthetic-opioids')],
	['Psychostimulants with abuse potential (T43.6)', count('deaths.psychostimulants')],
	['Cocaine (T40.5)', count('deaths.cocaine')],
	['Heroin (T40.1)', count('deaths.heroin')],
	['Opioids (T40.0-T40.4,T40.6)', count('deaths.opioids')],
	['Natural & semi-synthetic opioids (T40.2)', count('deaths.prescription-opioids')],
	['Methadone (T40.3)', count('deaths.methadone')],
	[
		'Natural & semi-synthetic opioids, incl. methadone (T40.2, T40.3)',
		count('deaths.prescription-opioids-methadone')
	],
	[
		'Natural, semi-synthetic, & synthetic opioids, incl. methadone (T40.2-T40.4)',
		count('deaths.prescription-synthetic-methadone')
	],
	['Number of Deaths', count('deaths.all-causes', false)],
	[
		'Percent with drugs specified',
		{
			measure: 'share.drugs-specified',
			unit: '% of overdose deaths',
			kind: 'percent',
			predicted: false
		}
	]
]);

/** Codes VSRR uses: the states, DC, Puerto Rico, the US and New York City. */
export const JURISDICTIONS = new Set(
	'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR US YC'.split(
		' '
	)
);
