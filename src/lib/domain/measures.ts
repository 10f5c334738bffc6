/**
 * The catalogue of measures: what each id means, in plain words and in the
 * agency's terms. One file per family under measures/.
 */
import { CANADA_MEASURES } from './measures/canada';
import { CONDITION_MEASURES } from './measures/conditions';
import { DEATH_MEASURES, VSRR_MEASURES } from './measures/deaths';
import type { Measure } from './measures/define';
import { DOSE_MEASURES } from './measures/nonfatal';
import { LAB_REPORT_MEASURES, SEIZURE_MEASURES } from './measures/supply';

export type { Measure };

export const MEASURES: readonly Measure[] = [
	...VSRR_MEASURES,
	...DEATH_MEASURES,
	...DOSE_MEASURES,
	...SEIZURE_MEASURES,
	...LAB_REPORT_MEASURES,
	...CONDITION_MEASURES,
	...CANADA_MEASURES
];

const byId = new Map(MEASURES.map((x) => [x.id, x]));

export function measure(id: string): Measure | undefined {
	return byId.get(id);
}
