/**
 * The lines the trends page draws for one place: reported values, CDC's
 * predicted values and the percent pending investigation where the dataset
 * has them, as counts or as crude rates per 100,000. A region (or a user's
 * group of states) is the sum of its members, and its rate is that sum over
 * the sum of their populations; a gap is never filled in, and every reason
 * for a missing line is said in words.
 */
import type { SourcedSeries } from './dataset-file';
import { ratePer100k, regionRate } from './rates';
import { populationOf } from './rates';
import { sumMembers } from './sum';
import type { Point, Series } from './series';

export interface Place {
	/** 'OH', 'US', 'YC', 'hhs-5', 'custom:KY,OH' */
	code: string;
	name: string;
	/** set for a region or a group: the states whose values add up to it */
	members?: readonly string[];
}

/** The series of one measure, found by place and variant without scanning. */
export class SeriesIndex<S extends Series = SourcedSeries> {
	readonly #at = new Map<string, S>();
	constructor(series: readonly S[]) {
		for (const s of series) this.#at.set(`${s.variant ?? ''}|${s.geo}`, s);
	}
	get(geo: string, variant?: string): S | undefined {
		return this.#at.get(`${variant ?? ''}|${geo}`);
	}
}

export interface PlaceLines {
	place: Place;
	/** null when there is nothing to draw; `notes` says why */
	reported: Point[] | null;
	predicted?: Point[];
	pending?: Point[];
	/** the last period of each release the lines come from */
	releases: string[];
	notes: string[];
}

export interface LineOptions {
	/** counts and amounts add up across states; rates and percentages do not */
	additive: boolean;
	/** population by place, when the lines are rates per 100,000 */
	population?: SeriesIndex<Series> | null;
}

const PENDING = 'pct-pending';

export function placeLines(place: Place, idx: SeriesIndex, o: LineOptions): PlaceLines {
	return place.members ? regionLines(place, place.members, idx, o) : singleLines(place, idx, o);
}

function singleLines(place: Place, idx: SeriesIndex, o: LineOptions): PlaceLines {
	const reported = idx.get(place.code);
	const none = (note: string): PlaceLines => ({
		place,
		reported: null,
		releases: [],
		notes: [note]
	});
	if (!reported) return none(`This dataset has no values for ${place.name}.`);
	const predicted = idx.get(place.code, 'predicted');
	const pending = idx.get(place.code, PENDING)?.points;
	const releases = [reported.source.release];
	if (!o.population)
		return {
			place,
			reported: reported.points,
			predicted: predicted?.points,
			pending,
			releases,
			notes: []
		};
	const pop = o.population.get(place.code);
	if (!pop) return none(`There is no population estimate for ${place.name}, so no rate.`);
	const people = populationOf(pop.points);
	return {
		place,
		reported: ratePer100k(reported.points, people),
		predicted: predicted && ratePer100k(predicted.points, people),
		pending,
		releases,
		notes: []
	};
}

function regionLines(
	place: Place,
	members: readonly string[],
	idx: SeriesIndex,
	o: LineOptions
): PlaceLines {
	if (!o.additive)
		return {
			place,
			reported: null,
			releases: [],
			notes: [
				`Only counts add up across states; rates, percentages and figures such as a median income do not, so ${place.name} has no value.`
			]
		};
	const found = members.filter((m) => idx.get(m));
	const absent = members.filter((m) => !idx.get(m));
	const notes: string[] = [];
	if (absent.length)
		notes.push(
			found.length
				? `${place.name} adds up ${members.length} states, but this dataset has no values for ${absent.join(', ')}: the total is missing.`
				: `This dataset has no values for any state in ${place.name} (${members.join(', ')}).`
		);
	const releases = [...new Set(found.map((m) => idx.get(m)!.source.release))].sort();
	const sum = (variant?: string) => {
		const hasAny = found.some((m) => idx.get(m, variant));
		if (!hasAny) return undefined;
		const parts = members.map((m) => ({ geo: m, points: idx.get(m, variant)?.points ?? [] }));
		if (!o.population) return sumMembers(parts);
		return regionRate(
			parts.map((p) => ({ ...p, population: o.population!.get(p.geo)?.points ?? [] }))
		);
	};
	if (!found.length) return { place, reported: null, releases, notes };
	return { place, reported: sum()!, predicted: sum('predicted'), releases, notes };
}

/** The notes a reader needs about the points shown: borrowed population years, months with no total. */
export function pointNotes(lines: PlaceLines, points: readonly Point[]): string[] {
	const borrowed = [
		...new Set(
			points.flatMap((p) => p.note?.match(/No population estimate for \d{4} yet[^.]*\./g) ?? [])
		)
	];
	const gaps = lines.place.members
		? points.filter((p) => p.status === 'missing' && p.note?.startsWith('No value for')).length
		: 0;
	const ranged = lines.place.members ? points.filter((p) => p.low !== undefined).length : 0;
	return [
		// the same for every place: said once, without a name
		...borrowed,
		...(gaps
			? [
					`${lines.place.name}: ${gaps} of ${points.length} periods have no total because a member state has no value (the table names it).`
				]
			: []),
		...(ranged
			? [
					`${lines.place.name}: ${ranged} periods include a suppressed count, so the total is a range (in the table; a gap on the chart).`
				]
			: [])
	];
}
