/** The shape of a catalogue entry, and the small builders the catalogue files share. */

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
	/**
	 * How a region's value comes from its members' values (see combineOf):
	 * 'sum' adds them up; 'per-population' is a rate per head of population, so
	 * the region's rate is the members' rates weighted by their populations
	 * (the same as their summed counts over their summed populations).
	 */
	combine?: Combine;
}

export type Combine = 'sum' | 'per-population';

/**
 * How members combine into a region: counts add up unless the catalogue says
 * otherwise; shares, survey estimates, rates per ED visit and amounts such as
 * income have no regional value that can be computed from the states' values.
 */
export function combineOf(m: Measure): Combine | null {
	return m.combine ?? (m.kind === 'count' ? 'sum' : null);
}

export const m = (
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

export const overdose = (id: string, drug: string, official: string): Measure => ({
	...m(id, `Overdose deaths involving ${drug}`, official),
	diedOf: `an overdose involving ${drug}`
});
