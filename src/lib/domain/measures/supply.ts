/** Supply-side indicators: CBP seizures and DEA NFLIS lab reports. */
import { SEIZED_DRUGS, seizureMeasure } from '../cbp';
import { m, type Measure } from './define';

/** CBP seizures: pounds and events, by month and by fiscal year, for each drug type. */
export const SEIZURE_MEASURES: readonly Measure[] = SEIZED_DRUGS.flatMap((d) =>
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

export const LAB_REPORT_MEASURES: readonly Measure[] = [
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
