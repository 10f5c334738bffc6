/**
 * The places the trends page offers: the US, states and DC, Puerto Rico, New
 * York City and the rest of New York State as CDC reports them, census regions
 * and divisions, HHS regions, the border groups, and a group of states the
 * reader picks. A region carries its members, whose values add up to it.
 */
import { compareText } from './text-order';
import { NY_EXCL_NYC, statesAndDc, type Geography, type Region } from './geo';
import { customRegion } from './regions';
import type { Place } from './trend-series';

export interface PlaceGroup {
	label: string;
	places: Place[];
}

export interface PlaceCatalogue {
	groups: PlaceGroup[];
	byCode: Map<string, Place>;
	/** the states a reader's own group may hold */
	groupable: Place[];
}

const KIND_WORDS: Record<Region['kind'], string> = {
	'census-region': 'Census regions',
	'census-division': 'Census divisions',
	'hhs-region': 'HHS regions',
	border: 'Border states',
	custom: 'Your group'
};

const regionName = (r: Region) =>
	r.kind === 'census-region'
		? `${r.name} (census region)`
		: r.kind === 'census-division'
			? `${r.name} (census division)`
			: r.name;

export function trendPlaces(geo: Geography): PlaceCatalogue {
	const states = geo.jurisdictions
		.filter((j) => j.fips)
		.map((j) => ({ code: j.code, name: j.code === 'NY' ? 'New York State' : j.name }))
		.sort((a, b) => compareText(a.name, b.name));
	const kinds = [...new Set(geo.regions.map((r) => r.kind))];
	const groups: PlaceGroup[] = [
		{ label: 'Nation', places: [{ code: 'US', name: 'United States' }] },
		{ label: 'States', places: states },
		{
			label: 'New York, as CDC reports it',
			places: [
				{ code: 'YC', name: 'New York City' },
				{ code: NY_EXCL_NYC, name: 'New York State excluding New York City' }
			]
		},
		...kinds.map((k) => ({
			label: KIND_WORDS[k],
			places: geo.regions
				.filter((r) => r.kind === k)
				.map((r) => ({ code: r.id, name: regionName(r), members: r.members }))
		}))
	];
	const byCode = new Map(groups.flatMap((g) => g.places.map((p) => [p.code, p] as const)));
	const groupable = statesAndDc(geo)
		.map((j) => byCode.get(j.code)!)
		.sort((a, b) => compareText(a.name, b.name));
	return { groups, byCode, groupable };
}

/** The reader's own group of states as a place, or null when it holds none. */
export function groupPlace(geo: Geography, codes: readonly string[]): Place | null {
	const r = customRegion(geo, [...codes].sort());
	return r
		? { code: r.id, name: `Your group (${r.members.join(' + ')})`, members: r.members }
		: null;
}
