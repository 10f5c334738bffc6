/**
 * Every place's figure at one period, with the same period a year earlier
 * and, when a population is known, the crude rate per 100,000: what a map,
 * its table and a "what changed" ranking are all drawn from.
 */
import { yearOverYear, type Change } from './change';
import { populationOf, ratePer100k } from './rates';
import { yearEarlier } from './period';
import type { Point } from './series';

export interface PlaceSeries {
	geo: string;
	name: string;
	/** the count series (12-month-ending deaths…) */
	points: readonly Point[];
	/** yearly population ('YYYY' periods), when the build has it */
	population?: readonly Point[];
}

export interface PlaceSnapshot {
	geo: string;
	name: string;
	/** the count at the period; undefined when the source has no row for it */
	count?: Point;
	/** the count at the same period a year earlier */
	previous?: Point;
	/** the crude rate per 100,000 at the period (undefined without population) */
	rate?: Point;
	change: Change | null;
}

export function snapshot(places: readonly PlaceSeries[], period: string): PlaceSnapshot[] {
	const earlier = yearEarlier(period);
	return places.map((p) => {
		const count = p.points.find((x) => x.period === period);
		const rate =
			count && p.population?.length
				? ratePer100k([count], populationOf(p.population))[0]
				: undefined;
		return {
			geo: p.geo,
			name: p.name,
			...(count ? { count } : {}),
			...(rate ? { rate } : {}),
			...withPrevious(p.points.find((x) => x.period === earlier)),
			change: yearOverYear(p.points, period)
		};
	});
}

const withPrevious = (previous: Point | undefined) => (previous ? { previous } : {});
