/**
 * The slices of data the root-cause page needs, computed once at build time
 * from the pipeline's JSON so the page ships a few dozen kilobytes instead of
 * every official series: yearly death counts and crude rates per state, the
 * conditions per state, the monthly US series for the lag chart, and the
 * Medicaid adoption dates.
 */
import { compareText } from '$lib/domain/text-order';
import type { SourcedSeries } from '$lib/domain/dataset-file';
import { parseCbpAreas } from '$lib/domain/cbp';
import { statesAndDc } from '$lib/domain/geo';
import type { Geography } from '$lib/domain/geo';
import { expansionDates, type Adoption } from '$lib/domain/medicaid-expansion';
import { populationOf, ratePer100k } from '$lib/domain/rates';
import { borderSeizuresPerCapita } from '$lib/domain/root-causes/border-seizures';
import type { OutcomeId } from '$lib/domain/root-causes/catalogue';
import type { Place } from '$lib/domain/root-causes/cross-section';
import { plotted, type Point } from '$lib/domain/series';
import { calendarYears } from '$lib/domain/twelve-month';

type ByState = Record<string, Point[]>;

/** The monthly CBP series the lag chart offers. */
export const SEIZURE_SERIES = {
	southwest: 'cbp:southwest',
	'southwest-ofo': 'cbp:southwest:ofo',
	all: 'cbp:all',
	northern: 'cbp:northern'
} as const;
export type SeizureSeriesId = keyof typeof SEIZURE_SERIES;

/** Notes only where they explain a gap or a provisional value: the rest would only weigh. */
export function slim(points: readonly Point[]): Point[] {
	return points.map((p) => {
		const { note, ...rest } = p;
		return plotted(p) === null || p.incomplete ? { ...rest, ...(note ? { note } : {}) } : rest;
	});
}

export function byState(
	series: readonly SourcedSeries[],
	places: readonly Place[],
	f: (points: Point[], geo: string) => Point[] = (p) => p
): ByState {
	const out: ByState = {};
	for (const place of places) {
		const s = series.find((x) => x.geo === place.code && !x.variant);
		if (s) out[place.code] = slim(f(s.points, place.code));
	}
	return out;
}

export interface OutcomeData {
	counts: ByState;
	rates: ByState;
	/** US monthly 12-month-ending counts (reported), for the lag chart */
	usMonthly: Point[];
}

export function outcomeData(
	series: readonly SourcedSeries[],
	places: readonly Place[],
	population: ByState
): OutcomeData {
	const counts = byState(series, places, (p) => calendarYears(p));
	const rates: ByState = {};
	for (const [geo, points] of Object.entries(counts))
		rates[geo] = slim(ratePer100k(points, populationOf(population[geo] ?? [])));
	const us = series.find((s) => s.geo === 'US' && !s.variant);
	return { counts, rates, usMonthly: slim(us?.points ?? []) };
}

export function places(geography: Geography): Place[] {
	return statesAndDc(geography)
		.map((j) => ({ code: j.code, name: j.name }))
		.sort((a, b) => compareText(a.name, b.name));
}

export function borderSeizures(
	lbs: readonly SourcedSeries[],
	geography: Geography,
	areasCsv: string,
	population: ByState
) {
	const areas = parseCbpAreas(areasCsv);
	const monthly = Object.fromEntries(lbs.filter((s) => !s.variant).map((s) => [s.geo, s.points]));
	const states = geography.jurisdictions
		.filter((j) => j.southwestBorder || j.northernBorder)
		.map((j) => j.code);
	const r = borderSeizuresPerCapita({ areas, monthly, population, states });
	return {
		byState: r.byState,
		credited: r.credited,
		leftOut: r.leftOut.map((a) => a.name),
		borderStates: states
	};
}

/** KFF's timeframe, read from the note the adapter keeps ('… (KFF, as of August 2025).'). */
export function kffAsOf(series: readonly SourcedSeries[]): string {
	for (const s of series)
		for (const p of s.points) {
			const m = /as of ([A-Z][a-z]+ \d{4})/.exec(p.note ?? '');
			if (m) return m[1]!;
		}
	return 'the latest KFF release';
}

export function adoptions(series: readonly SourcedSeries[], places: readonly Place[]): Adoption[] {
	const codes = new Set(places.map((p) => p.code));
	return expansionDates(series).filter((a) => codes.has(a.geo));
}

export type { OutcomeId };
