/**
 * The three places a state profile compares: the state, its census division
 * and the United States; their names as a reader should see them (a division
 * that leaves a member out says so), and crude death rates computed the same
 * way for all three (rates.ts: a count over the population of the same
 * places, never an average of rates).
 */
import { POPULATION_DATASET } from './by-geo';
import { geoName, type Geography } from './geo';
import type { GeoProfile } from './geo-file';
import { populationOf, ratePer100k } from './rates';
import type { Point } from './series';
import { sumMembers } from './sum';

export interface Place {
	geo: string;
	name: string;
	role: 'state' | 'region' | 'us';
}

export function placesOf(geography: Geography, p: GeoProfile): Place[] {
	const code = p.file.geo;
	return [
		{ geo: code, name: code === 'NY' ? 'New York State' : geoName(geography, code), role: 'state' },
		...(p.file.region
			? [
					{
						geo: p.file.region,
						name: `${geoName(geography, p.file.region)} division`,
						role: 'region' as const
					}
				]
			: []),
		{ geo: 'US', name: 'United States', role: 'us' }
	];
}

/** What a computed series holds, in words: "without WI (no data)", "the 50 states and DC added up". */
export function madeOf(
	p: GeoProfile,
	dataset: string,
	measure: string,
	place: Place,
	variant?: string
): string | null {
	const c = p.combined(dataset, measure, place.geo, variant);
	if (!c) return null;
	const how = c.how === 'sum' ? 'added up' : 'weighted by population';
	if (place.role === 'us') {
		if (!c.left.length) return `the 50 states and DC ${how}`;
		const absent = c.left.length <= 6 ? c.left.join(', ') : `${c.left.length} others`;
		return `${c.members.length} of the 50 states and DC ${how}; no value for ${absent}`;
	}
	if (c.members.every((m) => m === p.file.geo)) return 'no other state has a value';
	return c.left.length ? `without ${c.left.join(', ')} (no value)` : null;
}

/** The place's name, with what its computed value leaves out. */
export function placeLabel(
	p: GeoProfile,
	dataset: string,
	measure: string,
	place: Place,
	variant?: string
): string {
	const made = madeOf(p, dataset, measure, place, variant);
	return made && place.role === 'region' ? `${place.name} (${made})` : place.name;
}

/**
 * A place's series; none for a division whose only member with a value is
 * the state itself (it would repeat the state's numbers as the division's).
 */
export function placeSeries(
	p: GeoProfile,
	dataset: string,
	measure: string,
	place: Place,
	variant?: string
) {
	const made = place.role === 'region' && p.combined(dataset, measure, place.geo, variant);
	if (made && made.members.every((m) => m === p.file.geo)) return undefined;
	return p.series(dataset, measure, place.geo, variant);
}

/** The census population of a place: for the division, only the members its count adds up. */
export function populationPoints(
	p: GeoProfile,
	place: Place,
	dataset: string,
	measure: string
): readonly Point[] | undefined {
	const pop = (geo: string) => p.series(POPULATION_DATASET, 'population', geo)?.points;
	if (place.role !== 'region') return pop(place.geo);
	const members = p.combined(dataset, measure, place.geo)?.members;
	if (!members) return undefined;
	return sumMembers(members.map((geo) => ({ geo, points: pop(geo) ?? [] })));
}

/** Deaths per 100,000 people (crude: not adjusted for age), or null without counts or population. */
export function crudeRate(
	p: GeoProfile,
	dataset: string,
	measure: string,
	place: Place
): Point[] | null {
	const counts = placeSeries(p, dataset, measure, place);
	const pop = populationPoints(p, place, dataset, measure);
	if (!counts || !pop?.length) return null;
	return ratePer100k(counts.points, populationOf(pop));
}
