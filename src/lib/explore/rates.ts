/**
 * Crude rates per 100,000 people: the count over the place's population
 * (Census Bureau estimates, dataset `census-population`, measure `population`,
 * one point per place and year 'YYYY'). A month or a 12-month window uses the
 * population of the year it ends in. Where that year has no estimate yet, the
 * nearest year's is used and the note says so. A gap stays a gap.
 */
import type { Point, Series } from '../domain/series';

export const POPULATION = { dataset: 'census-population', measure: 'population' } as const;

export type PopulationIndex = Map<string, Map<number, number>>;

export function populationIndex(series: readonly Series[]): PopulationIndex {
	const index: PopulationIndex = new Map();
	for (const s of series) {
		if (s.variant) continue;
		const years = new Map<number, number>();
		for (const p of s.points)
			if (/^\d{4}$/.test(p.period) && p.value !== null && p.value > 0)
				years.set(Number(p.period), p.value);
		if (years.size) index.set(s.geo, years);
	}
	return index;
}

/** The estimate for a year, or the nearest year's (earlier first) when it has none. */
export function populationFor(
	index: PopulationIndex,
	geo: string,
	year: number
): { value: number; year: number } | null {
	const years = index.get(geo);
	if (!years) return null;
	const exact = years.get(year);
	if (exact !== undefined) return { value: exact, year };
	const known = [...years.keys()].sort((a, b) => a - b);
	const near = known.filter((y) => y < year).at(-1) ?? known[0]!;
	return { value: years.get(near)!, year: near };
}

/** 'deaths (12-month ending)' -> 'deaths per 100,000 people (12-month ending)'. */
export function rateUnit(unit: string): string {
	const m = /^(.*?)\s*(\(12-month ending\))$/.exec(unit);
	return m ? `${m[1]} per 100,000 people ${m[2]}` : `${unit} per 100,000 people`;
}

const per100k = (n: number, pop: number) => (n * 100_000) / pop;

/** The points as rates, or null when the place has no population estimate. */
export function ratePoints(
	points: readonly Point[],
	geo: string,
	index: PopulationIndex
): Point[] | null {
	if (!index.has(geo)) return null;
	return points.map((p): Point => {
		const pop = populationFor(index, geo, Number(p.period.slice(0, 4)))!;
		const year = Number(p.period.slice(0, 4));
		const borrowed =
			pop.year === year
				? ''
				: `No population estimate for ${year}: the ${pop.year} estimate is used.`;
		const note = [p.note, borrowed].filter(Boolean).join(' ');
		const out: Point = {
			...p,
			value: p.value === null ? null : per100k(p.value, pop.value),
			...(note ? { note } : {})
		};
		if (p.low !== undefined) out.low = per100k(p.low, pop.value);
		if (p.high !== undefined) out.high = per100k(p.high, pop.value);
		return out;
	});
}
