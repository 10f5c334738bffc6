/**
 * The trends page's state: the view read from the link, the measures it
 * needs (fetched once, when first picked), and the figure derived from them.
 * Every change goes through the link, so Back, Forward and a shared link all
 * show the same view; nothing here is recomputed unless what it reads changed.
 */
import { buildFigure } from '$lib/charts/trend-figure';
import { periodsOf } from '$lib/charts/trend-config';
import { GEOGRAPHY } from '$lib/data/geography';
import type { MeasureData } from '$lib/data/load';
import { MeasureCache } from '$lib/data/measure-cache.svelte';
import type { Manifest } from '$lib/domain/manifest';
import { sourceRef } from '$lib/domain/manifest';
import {
	hasPopulation,
	POPULATION_DATASET,
	POPULATION_MEASURE,
	type TrendChoice
} from '$lib/domain/trend-measures';
import { groupPlace, trendPlaces } from '$lib/domain/trend-places';
import { placeLines, SeriesIndex } from '$lib/domain/trend-series';
import {
	parseTrendsQuery,
	resolveTrends,
	trendsParams,
	type TrendsContext,
	type TrendsView
} from '$lib/state/trends-query';
import { searchParams, setParams } from '$lib/state/url.svelte';

export const PLACES = trendPlaces(GEOGRAPHY);

export interface TrendsData {
	manifest: Manifest;
	choices: TrendChoice[];
	defaultKey: string | null;
	initial: MeasureData | null;
}

interface Setup {
	ctx: TrendsContext;
	cache: MeasureCache;
	population: boolean;
}

function setup(data: TrendsData, defaultChoice: TrendChoice): Setup {
	const population = hasPopulation(data.manifest.datasets);
	return {
		population,
		ctx: {
			choices: data.choices,
			defaultChoice,
			placeName: (c) => PLACES.byCode.get(c)?.name,
			groupable: new Set(PLACES.groupable.map((p) => p.code)),
			population
		},
		cache: new MeasureCache(data.manifest, data.initial ? [data.initial] : [])
	};
}

export class TrendsState {
	readonly #k: Setup;
	constructor(data: TrendsData, defaultChoice: TrendChoice) {
		this.#k = setup(data, defaultChoice);
	}
	get ctx(): TrendsContext {
		return this.#k.ctx;
	}
	get cache(): MeasureCache {
		return this.#k.cache;
	}
	/** the population estimates are in this build, so rates can be made */
	get population(): boolean {
		return this.#k.population;
	}

	readonly resolved = $derived(resolveTrends(parseTrendsQuery(searchParams()), this.ctx));
	readonly view: TrendsView = $derived(this.resolved.view);
	readonly entry = $derived(this.cache.get(this.view.choice.dataset, this.view.choice.measure));
	readonly data = $derived(this.entry.state === 'ready' ? this.entry.data : null);
	readonly index = $derived(this.data && new SeriesIndex(this.data.series));
	readonly popEntry = $derived(
		this.view.per === '100k' ? this.cache.get(POPULATION_DATASET, POPULATION_MEASURE) : null
	);
	readonly popIndex = $derived(
		this.popEntry?.state === 'ready' ? new SeriesIndex(this.popEntry.data.series) : null
	);
	readonly rate = $derived(this.view.per === '100k');
	readonly failed = $derived(
		[this.entry, this.popEntry].flatMap((e) => (e?.state === 'failed' ? [e.message] : []))
	);
	readonly loading = $derived(this.entry.state === 'loading' || this.popEntry?.state === 'loading');

	// Strings and stable objects stop recomputation: a new range or layout changes neither the
	// places nor the measure, so the lines below are not summed again, only clipped and drawn.
	readonly #placesKey = $derived(`${this.view.geos.join(',')}|${this.view.group.join(',')}`);
	readonly choice = $derived(this.view.choice);
	readonly places = $derived.by(() => {
		const [geos = '', group = ''] = this.#placesKey.split('|');
		const members = group ? group.split(',') : [];
		return [
			...(geos ? geos.split(',') : []).map((c) => PLACES.byCode.get(c)!),
			...[groupPlace(GEOGRAPHY, members)].filter((p) => p !== null)
		];
	});
	/** every period the measure has, for the range pickers */
	readonly periods = $derived(periodsOf(this.data?.series.filter((s) => !s.variant) ?? []));
	readonly lines = $derived.by(() => {
		const index = this.index;
		if (!index || (this.rate && !this.popIndex)) return null;
		const o = { additive: this.choice.additive, population: this.rate ? this.popIndex : null };
		return this.places.map((p) => placeLines(p, index, o));
	});
	/** the last figure drawn: kept on screen while the next measure downloads */
	#last: ReturnType<typeof buildFigure> | null = null;
	readonly figure = $derived.by(() => {
		if (!this.lines) return this.#last;
		return (this.#last = buildFigure({
			choice: this.choice,
			lines: this.lines,
			unit: this.data?.series.find((s) => !s.variant)?.unit ?? '',
			rate: this.rate,
			from: this.view.from,
			to: this.view.to
		}));
	});
	readonly sources = $derived.by(() => {
		if (!this.data) return [];
		// the newest release among the series shown (regions: their members)
		const codes = this.places.flatMap((p) => p.members ?? [p.code]);
		const releases = codes.flatMap((c) => this.index?.get(c)?.source.release ?? []).sort();
		const main = sourceRef(this.data.record, releases.at(-1));
		const pop = this.rate && this.popEntry?.state === 'ready' ? this.popEntry.data.record : null;
		return pop ? [main, sourceRef(pop)] : [main];
	});

	/** Shows another view: the link changes, and everything above follows it. */
	set(changes: Partial<TrendsView>): Promise<void> {
		return setParams(trendsParams({ ...this.view, ...changes }, this.ctx));
	}
}
