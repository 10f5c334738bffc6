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
	...labReports
];

const byId = new Map(MEASURES.map((x) => [x.id, x]));

export function measure(id: string): Measure | undefined {
	return byId.get(id);
}
