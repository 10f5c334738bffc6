/**
 * The seizures page's state: the view read from the link, the CBP slice it
 * needs (fetched when a drug or unit is picked), and the three figures made
 * from them. Everything is derived from the URL; `set` changes the URL.
 */
import { compareText } from '$lib/domain/text-order';
import { CBP_AREAS } from '$lib/data/cbp-areas';
import { GEOGRAPHY } from '$lib/data/geography';
import type { MeasureData } from '$lib/data/load';
import { MeasureCache } from '$lib/data/measure-cache.svelte';
import { seizureMeasure } from '$lib/domain/cbp';
import type { SourcedSeries } from '$lib/domain/dataset-file';
import { fiscalYearTotals } from '$lib/domain/fiscal-year';
import type { SourceRef } from '$lib/domain/citation';
import { sourceRef, type Manifest } from '$lib/domain/manifest';
import { regionById, regionPoints } from '$lib/domain/regions';
import { resolveSeizures, type SeizureSelection } from '$lib/domain/seizure-series';
import { portsShareSentence } from '$lib/domain/seizure-summary';
import {
	cbpPlace,
	deathsPlace,
	placeRegion,
	placeWords,
	type SeizureView
} from '$lib/domain/seizure-view';
import { sumMembers } from '$lib/domain/sum';
import {
	parseSeizuresQuery,
	queryParams,
	viewOf,
	type SeizuresQuery
} from '$lib/state/seizures-query';
import { searchParams, setParams } from '$lib/state/url.svelte';
import { pickVariants } from '../pick';
import { deathsFigure, drugLabel, labsFigure, seizureFigure } from './figures';

export interface SeizuresData {
	manifest: Manifest;
	seizures: MeasureData;
	deaths: MeasureData | null;
	labs: MeasureData | null;
}

interface Shown {
	view: SeizureView;
	selection: SeizureSelection;
	figure: ReturnType<typeof seizureFigure> & { sources: SourceRef[] };
	deathsPlace: ReturnType<typeof deathsPlace>;
}

const DIED_OF = 'an overdose involving synthetic opioids, mainly fentanyl';
const newest = (series: readonly SourcedSeries[]) =>
	series.reduce((r, s) => (s.source.release > r ? s.source.release : r), '');
const stateName = (code: string) => GEOGRAPHY.byCode.get(code)?.name ?? code;

export class SeizuresState {
	readonly #k: { data: SeizuresData; cache: MeasureCache };
	constructor(data: SeizuresData) {
		this.#k = { data, cache: new MeasureCache(data.manifest, [data.seizures]) };
	}
	// read through getters: the derived fields below are evaluated lazily, after the constructor
	get #data(): SeizuresData {
		return this.#k.data;
	}
	get #cache(): MeasureCache {
		return this.#k.cache;
	}

	// a new set whenever the data change, never mutated: no reactivity needed inside it
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly labPlaces = $derived(new Set(this.#data.labs?.series.map((s) => s.geo) ?? []));
	readonly parsed = $derived(parseSeizuresQuery(searchParams(), CBP_AREAS, this.labPlaces));
	readonly query = $derived(this.parsed.query);
	readonly place = $derived(cbpPlace(this.query.geo, CBP_AREAS)!);
	readonly entry = $derived(
		this.#cache.get('cbp-seizures', seizureMeasure(this.query.drug, this.query.unit, 'month'))
	);
	readonly #resolved = $derived(
		this.entry.state === 'ready'
			? resolveSeizures(viewOf(this.query), this.place, this.entry.data.series, CBP_AREAS)
			: null
	);
	readonly messages = $derived([
		...this.parsed.messages,
		...(this.#resolved?.message ? [this.#resolved.message] : []),
		...(this.entry.state === 'failed' ? [this.entry.message] : [])
	]);
	readonly loading = $derived(this.entry.state === 'loading' ? drugLabel(this.query.drug) : null);

	/** the last view drawn, kept on screen while the next drug's data arrives (not state: a memo) */
	#lastShown: Shown | null = null;
	/** what the seizure chart shows: the selection, or the one before while it loads */
	readonly shown = $derived.by((): Shown | null => {
		const r = this.#resolved;
		if (!r || this.entry.state !== 'ready') return this.#lastShown;
		this.#lastShown = {
			view: r.view,
			selection: r.selection,
			figure: {
				...seizureFigure(r.view, this.place, r.selection),
				sources: [sourceRef(this.entry.data.record, newest(this.entry.data.series))]
			},
			deathsPlace: deathsPlace(this.place)
		};
		return this.#lastShown;
	});

	/** Fentanyl pounds at ports of entry, from the slice always loaded, for the place's region. */
	readonly portsShare = $derived.by(() => {
		const region = placeRegion(this.place) ?? 'all';
		const fy = (geo: string) =>
			fiscalYearTotals(this.#data.seizures.series.find((s) => s.geo === geo)?.points ?? []);
		const scope = cbpPlace(region === 'all' ? 'cbp:all' : `cbp:${region}`, CBP_AREAS)!;
		return portsShareSentence({
			ports: fy(`cbp:${region}:ofo`),
			total: fy(scope.geo),
			drug: 'fentanyl',
			where: placeWords(scope)
		});
	});

	/** The last month of Air and Marine Operations' file and of the nationwide one. */
	readonly coverage = $derived({
		amo: this.#data.seizures.series.find((s) => s.geo === 'cbp:all:amo')?.points.at(-1)?.period,
		nationwide: this.#data.seizures.series.find((s) => s.geo === 'cbp:all:ofo')?.points.at(-1)
			?.period
	});

	readonly deaths = $derived.by(() => {
		const data = this.#data.deaths;
		const shown = this.shown;
		if (!data || !shown) return null;
		const where = shown.deathsPlace;
		const byVariant = (variant?: string) => (code: string) =>
			data.series.find((s) => s.geo === code && s.variant === variant)?.points;
		const region = where === 'US' ? undefined : regionById(GEOGRAPHY, where);
		const us = pickVariants(data.series, 'US');
		const series = region
			? {
					reported: regionPoints(region, byVariant(undefined)),
					predicted: regionPoints(region, byVariant('predicted'))
				}
			: {
					reported: us.reported?.points,
					predicted: us.predicted?.points,
					pending: us.pending?.points
				};
		const place = region
			? `the Southwest border states (${region.members.map(stateName).join(', ')})`
			: 'the United States';
		return {
			...deathsFigure({
				deaths: series,
				place,
				grain: shown.view.period,
				periods: shown.selection.periods,
				diedOf: DIED_OF
			}),
			sources: [sourceRef(data.record, us.reported?.source.release)],
			filename: `fentanyl-deaths-${where}-${shown.view.period}`
		};
	});

	readonly labs = $derived.by(() => {
		const data = this.#data.labs;
		if (!data) return null;
		const code = this.query.labs;
		const points =
			code === 'US'
				? sumMembers(data.series.map((s) => ({ geo: s.geo, points: s.points })))
				: (data.series.find((s) => s.geo === code)?.points ?? []);
		const place = code === 'US' ? 'the United States' : stateName(code);
		return {
			...labsFigure({ points, place }),
			sources: [sourceRef(data.record, newest(data.series))],
			filename: `fentanyl-lab-reports-${code}`
		};
	});

	readonly labOptions = $derived([
		{ value: 'US', label: 'United States (every state, DC and Puerto Rico added up)' },
		...[...this.labPlaces]
			.map((code) => ({ value: code, label: stateName(code) }))
			.sort((a, b) => compareText(a.label, b.label))
	]);

	set(change: Partial<SeizuresQuery>): Promise<void> {
		return setParams(queryParams(this.query, change, CBP_AREAS));
	}
}
