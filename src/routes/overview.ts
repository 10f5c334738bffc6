/**
 * The overview's figures, from the loaded series: which period the page
 * shows for a measure, and every state's snapshot at that period.
 */
import { latestValued } from '$lib/domain/change';
import type { Headline } from '$lib/domain/headline';
import type { SourcedSeries } from '$lib/domain/dataset-file';
import { statesAndDc, type Geography } from '$lib/domain/geo';
import { snapshot, type PlaceSnapshot } from '$lib/domain/snapshot';

/** The derived county dataset and the measure its map shows. */
export const COUNTY = {
	dataset: 'cdc-vsrr-county-derived',
	measure: 'rate.deaths.all-drugs.crude'
} as const;

/** The measures the map can show, by their short name in the link (?map=all-drugs). */
export const MAP_MEASURES = {
	'synthetic-opioids': 'deaths.synthetic-opioids',
	'all-drugs': 'deaths.all-drugs'
} as const;
export type MapMeasure = keyof typeof MAP_MEASURES;

export const isMapMeasure = (s: string | null): s is MapMeasure =>
	s !== null && Object.hasOwn(MAP_MEASURES, s);

/** The reported (not predicted) series of each place, by geo code. */
export function reportedByGeo(series: readonly SourcedSeries[]): Map<string, SourcedSeries> {
	return new Map(series.filter((s) => !s.variant).map((s) => [s.geo, s]));
}

/**
 * The period a measure is shown for: the latest with a US count, so the
 * headline, the map and the ranking all speak of the same 12 months. Without
 * a US series, the latest period any place has a count for.
 */
export function shownPeriod(series: readonly SourcedSeries[]): string | undefined {
	const reported = reportedByGeo(series);
	const us = reported.get('US');
	if (us) return latestValued(us.points)?.period;
	return [...reported.values()]
		.map((s) => latestValued(s.points)?.period)
		.filter((p): p is string => !!p)
		.sort()
		.at(-1);
}

/** Every state and DC at the period (New York is the whole state), with rates when population is given. */
export function stateSnapshots(
	geography: Geography,
	series: readonly SourcedSeries[],
	population: readonly SourcedSeries[] | null,
	period: string
): PlaceSnapshot[] {
	const counts = reportedByGeo(series);
	const people = population ? reportedByGeo(population) : null;
	return snapshot(
		statesAndDc(geography).map((j) => ({
			geo: j.code,
			name: j.name,
			points: counts.get(j.code)?.points ?? [],
			...(people?.get(j.code) ? { population: people.get(j.code)!.points } : {})
		})),
		period
	);
}

export interface HeadlineCard {
	id: string;
	title: string;
	/** short name for the release sentence: 'all drugs' */
	what: string;
	headline: Headline | null;
	release: string;
}

/**
 * Which population estimate the rates use, in words: the year's own, or the
 * latest when the counts run past the last estimate.
 */
export function populationWords(
	population: readonly SourcedSeries[] | null,
	period: string
): string {
	const us = population?.find((s) => s.geo === 'US' && !s.variant);
	const last = us ? latestValued(us.points)?.period : undefined;
	if (!last) return '';
	const year = period.slice(0, 4);
	return year > last
		? ` The population is the Census Bureau’s July 1, ${last} estimate, the latest there is: none is published for ${year} yet.`
		: ` The population is the Census Bureau’s July 1, ${year} estimate.`;
}
