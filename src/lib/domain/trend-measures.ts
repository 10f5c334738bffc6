/**
 * What the trends page offers to chart, read from the manifest and the
 * measures catalogue, so a new dataset's measures appear without page changes.
 *
 * A measure is pickable when
 * - its dataset's manifest record lists it in `coverage.measures` and has its
 *   file in `outputs.byMeasure` (one JSON file per measure, all places),
 * - the catalogue (measures.ts) knows it, with a kind that can be drawn over
 *   time: count, amount, rate or percent (not a status, not the population),
 * - the dataset covers the US or at least one state (USPS codes in
 *   `coverage.geos`): the page's places are the US, states, NYC and regions.
 * Counts add up across states, so regions, custom groups and rates per
 * 100,000 are offered for them. Everything else is shown as the agency
 * published it, for the places it published: rates and percentages, and
 * amounts too, since the catalogue's 'amount' covers both pounds seized (which
 * add up) and a median income (which does not).
 */
import type { DatasetRecord } from './manifest';
import { MEASURES, measure as catalogue, type Measure } from './measures';

export const POPULATION_DATASET = 'census-population';
export const POPULATION_MEASURE = 'population';

export interface TrendChoice {
	/** 'cdc-vsrr-state:deaths.cocaine' */
	key: string;
	dataset: string;
	measure: string;
	label: string;
	/** the dataset it comes from, as the picker groups it */
	group: string;
	kind: Measure['kind'];
	/** counts: members add up to a region, and a rate per 100,000 can be made */
	additive: boolean;
	diedOf?: string;
}

const rank = (id: string) => {
	const i = MEASURES.findIndex((m) => m.id === id);
	return i < 0 ? MEASURES.length : i;
};
const DRAWN: readonly Measure['kind'][] = ['count', 'amount', 'rate', 'percent'];
const PLACE = /^(US|[A-Z]{2})$/;

export function trendChoices(datasets: readonly DatasetRecord[]): TrendChoice[] {
	return datasets.flatMap((d) => {
		if (d.id === POPULATION_DATASET || !d.coverage.geos.some((g) => PLACE.test(g))) return [];
		const group = `${d.publisher}: ${d.title}${d.derived ? ' (derived, not an official file)' : ''}`;
		// in the catalogue's order (all drugs first, then drug classes), not the file's
		const ids = [...d.coverage.measures].sort((a, b) => rank(a) - rank(b));
		return ids.flatMap((id): TrendChoice[] => {
			const m = catalogue(id);
			if (!m || id === POPULATION_MEASURE || !DRAWN.includes(m.kind)) return [];
			if (!d.outputs.byMeasure[id]) return [];
			return [
				{
					key: `${d.id}:${id}`,
					dataset: d.id,
					measure: id,
					label: m.label,
					group,
					kind: m.kind,
					additive: m.kind === 'count',
					...(m.diedOf ? { diedOf: m.diedOf } : {})
				}
			];
		});
	});
}

/**
 * The choice a URL names: 'deaths.cocaine' is the first dataset that has the
 * measure; 'cdc-wonder:deaths.synthetic-opioids' names the dataset too.
 */
export function choiceFromParam(
	choices: readonly TrendChoice[],
	param: string
): TrendChoice | undefined {
	return param.includes(':')
		? choices.find((c) => c.key === param)
		: choices.find((c) => c.measure === param);
}

/** The shortest URL value that names a choice. */
export function choiceParam(choices: readonly TrendChoice[], choice: TrendChoice): string {
	return choiceFromParam(choices, choice.measure) === choice ? choice.measure : choice.key;
}

/** Whether this build can turn counts into rates: the population estimates are in it. */
export function hasPopulation(datasets: readonly DatasetRecord[]): boolean {
	const d = datasets.find((x) => x.id === POPULATION_DATASET);
	return !!d && !!d.outputs.byMeasure[POPULATION_MEASURE];
}
