/**
 * What the person has chosen to see of loaded data: which series and place,
 * which of the site's series beside it, rates or counts, 12-month totals.
 * The site's series and the populations are fetched when first asked for.
 */
import { GEOGRAPHY } from '$lib/data/geography';
import type { MeasureData } from '$lib/data/load';
import type { Manifest } from '$lib/domain/manifest';
import { geoName } from '$lib/domain/geo';
import {
	hasPopulation,
	MANY_PLACES,
	overlayChoices,
	placeChoices,
	placesByState,
	seriesChoices
} from '$lib/explore/choices';
import { stateOf } from '$lib/explore/labels';
import { chartLines, type OverlayInput } from '$lib/explore/lines';
import type { Loaded } from '$lib/explore/loaded';
import type { Places } from '$lib/explore/places';
import { POPULATION, populationIndex, type PopulationIndex } from '$lib/explore/rates';
import { siteMeasure } from './site-data';

export class ChartState {
	// set by the constructor before any derived value is first read (deriveds are lazy)
	private readonly loaded: Loaded = null!;
	private readonly manifest: Manifest = null!;
	/** the geography, with county names when the file's places were read by name */
	private readonly names: Places = GEOGRAPHY;
	readonly series = $derived(seriesChoices(this.loaded));
	key = $state('');
	readonly places = $derived(placeChoices(this.loaded, this.key, this.names));
	geo = $state('');
	readonly overlays = $derived(overlayChoices(this.manifest, GEOGRAPHY));
	overlayValue = $state('');
	readonly overlay = $derived(this.overlays.find((o) => o.value === this.overlayValue));
	overlayGeo = $state('US');
	perCapita = $state(false);
	sums = $state(false);
	readonly populationKnown = $derived(hasPopulation(this.manifest));
	private overlayData = $state.raw<{ value: string; data: MeasureData } | null>(null);
	private population = $state.raw<PopulationIndex | null>(null);
	loadError = $state('');

	constructor(loaded: Loaded, manifest: Manifest, names: Places = GEOGRAPHY) {
		this.loaded = loaded;
		this.manifest = manifest;
		this.names = names;
		this.key = this.series[0]?.value ?? '';
		this.geo = this.places[0]?.value ?? '';
	}

	/** The place shown: the one chosen if this series has it, else the series' first. */
	readonly place = $derived(
		this.places.some((p) => p.value === this.geo) ? this.geo : (this.places[0]?.value ?? '')
	);

	/** With many places (counties), the state to pick a place in; null when all fit one list. */
	readonly groups = $derived(
		this.places.length > MANY_PLACES ? placesByState(this.places, GEOGRAPHY) : null
	);
	readonly group = $derived(
		this.groups?.find((grp) => grp.places.some((p) => p.value === this.place))
	);
	/** The places offered in the place list: all of them, or those of the chosen state. */
	readonly placeList = $derived(this.group?.places ?? this.places);

	chooseState(state: string) {
		const group = this.groups?.find((grp) => grp.value === state);
		this.geo = group?.places.find((p) => p.value === state)?.value ?? group?.places[0]?.value ?? '';
	}

	chooseOverlay(value: string) {
		this.overlayValue = value;
		const o = this.overlay;
		if (!o) return;
		const home = stateOf(GEOGRAPHY, this.place);
		const has = (g: string | undefined) => o.places.some((p) => p.value === g);
		// the state the person's place lies in, else the nation
		const geo = [home, 'US', this.overlayGeo, o.places[0]?.value].find(has);
		if (geo) this.overlayGeo = geo;
		this.loadError = '';
		siteMeasure(this.manifest, o.dataset, o.measure)
			.then((data) => (this.overlayData = { value, data }))
			.catch((e: Error) => (this.loadError = e.message));
	}

	setPerCapita(on: boolean) {
		this.perCapita = on;
		if (!on || !this.populationKnown || this.population) return;
		siteMeasure(this.manifest, POPULATION.dataset, POPULATION.measure)
			.then((d) => (this.population = populationIndex(d.series)))
			.catch((e: Error) => (this.loadError = e.message));
	}

	private readonly overlayInput = $derived.by((): OverlayInput | null => {
		const o = this.overlay;
		if (!o || this.overlayData?.value !== o.value) return null;
		const s = this.overlayData.data.series.find((x) => x.geo === this.overlayGeo && !x.variant);
		if (!s) return null;
		return {
			label: o.label,
			place: geoName(GEOGRAPHY, s.geo),
			geo: s.geo,
			unit: s.unit,
			points: s.points,
			count: o.count
		};
	});

	/** The record of the dataset compared with, for its source note. */
	readonly overlayRecord = $derived(this.overlayInput ? this.overlayData?.data.record : undefined);

	readonly lines = $derived(
		chartLines(
			this.loaded,
			{
				key: this.key,
				geo: this.place,
				twelveMonthSums: this.sums,
				// while the populations load, counts stay on screen
				perCapita: this.perCapita && (!this.populationKnown || this.population !== null),
				population: this.population,
				overlay: this.overlayInput
			},
			this.names
		)
	);
}
