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
