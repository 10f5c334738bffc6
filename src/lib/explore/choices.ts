/**
 * What the person can pick once a file is loaded: which of its series
 * (an official file holds many), which place, and which of the site's own
 * series to compare with.
 */
import { compareText } from '../domain/text-order';
import { geoName, type Geography } from '../domain/geo';
import type { Manifest } from '../domain/manifest';
import { measure } from '../domain/measures';
import { placeLabel, stateOf } from './labels';
import { packedSeries, type Loaded } from './loaded';
import type { Places } from './places';
import { POPULATION } from './rates';

export interface Choice {
	value: string;
	label: string;
}

const VARIANTS: Record<string, string> = {
	predicted: 'predicted (adjusted for reporting delays)',
	'pct-pending': 'percent pending investigation',
	'pct-complete': 'percent complete'
};

interface Keyed {
	measure: string;
	variant?: string;
}

export const seriesChoiceKey = (s: Keyed) => `${s.measure}|${s.variant ?? ''}`;

/** The label of one of the file's series, for the legend and the picker. */
export function seriesLabel(loaded: Loaded, s: Keyed): string {
	if (loaded.origin.kind === 'mapped') return loaded.origin.mapping.label;
	const base = measure(s.measure)?.label ?? s.measure;
	return s.variant ? `${base}, ${VARIANTS[s.variant] ?? s.variant}` : base;
}

export function seriesChoices(loaded: Loaded): Choice[] {
	const seen = new Map<string, Choice>();
	for (const s of packedSeries(loaded))
		if (!seen.has(seriesChoiceKey(s)))
			seen.set(seriesChoiceKey(s), { value: seriesChoiceKey(s), label: seriesLabel(loaded, s) });
	return [...seen.values()];
}

const byName = (a: Choice, b: Choice) =>
	a.value === 'US' ? -1 : b.value === 'US' ? 1 : compareText(a.label, b.label);

export function placeChoices(loaded: Loaded, key: string, g: Places): Choice[] {
	return packedSeries(loaded)
		.filter((s) => seriesChoiceKey(s) === key && s.v.length)
		.map((s) => ({ value: s.geo, label: placeLabel(g, s.geo) }))
		.sort(byName);
}

/** Above this many places, a state is picked first, then a place in it (counties run to thousands). */
export const MANY_PLACES = 60;

export interface PlaceGroup extends Choice {
	places: Choice[];
}

/** Places grouped by the state they lie in (a state with its counties; the US alone). */
export function placesByState(places: readonly Choice[], g: Geography): PlaceGroup[] {
	const groups = new Map<string, PlaceGroup>();
	for (const p of places) {
		const state = stateOf(g, p.value) ?? p.value;
		let group = groups.get(state);
		if (!group) groups.set(state, (group = { value: state, label: geoName(g, state), places: [] }));
		group.places.push(p);
	}
	return [...groups.values()].sort(byName);
}

export interface OverlayChoice extends Choice {
	dataset: string;
	measure: string;
	/** a count can become a rate per 100,000 */
	count: boolean;
	places: Choice[];
}

/** Every measure of every dataset the site has, except the populations behind rates. */
export function overlayChoices(manifest: Manifest, g: Geography): OverlayChoice[] {
	return manifest.datasets
		.filter((d) => d.id !== POPULATION.dataset)
		.flatMap((d) =>
			d.coverage.measures.map((id) => {
				const m = measure(id);
				return {
					value: `${d.id}/${id}`,
					label: `${m?.label ?? id} (${d.title})`,
					dataset: d.id,
					measure: id,
					count: (m?.kind ?? 'count') === 'count',
					places: d.coverage.geos
						.filter((geo) => !/^\d{5}$/.test(geo))
						.map((geo) => ({ value: geo, label: geoName(g, geo) }))
						.sort(byName)
				};
			})
		);
}

export const hasPopulation = (manifest: Manifest) =>
	manifest.datasets.some(
		(d) => d.id === POPULATION.dataset && d.coverage.measures.includes(POPULATION.measure)
	);
