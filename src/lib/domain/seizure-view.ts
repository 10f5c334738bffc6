/**
 * What the seizures page shows: a drug, a unit, a place in CBP's geography,
 * how to split it (into CBP's components, regions or areas of
 * responsibility) and the time grain. This module says which splits fit a
 * place and how to name a place in a sentence; the URL schema lives in
 * src/lib/state/seizures-query.ts.
 */
import { compareText } from './text-order';
import {
	CBP_COMPONENTS,
	CBP_REGIONS,
	cbpAreaLabel,
	cbpGeoLabel,
	type CbpArea,
	type CbpComponent,
	type CbpRegion,
	type SeizedDrug,
	type SeizureUnit
} from './cbp';

export const SPLITS = ['total', 'component', 'region', 'area'] as const;
export type Split = (typeof SPLITS)[number];
export const GRAINS = ['fy', 'cy', 'month'] as const;
export type Grain = (typeof GRAINS)[number];

export interface SeizureView {
	drug: SeizedDrug;
	unit: SeizureUnit;
	geo: string;
	by: Split;
	period: Grain;
}

export const DEFAULT_VIEW: SeizureView = {
	drug: 'fentanyl',
	unit: 'lbs',
	geo: 'cbp:all',
	by: 'component',
	period: 'fy'
};

/** A place: all of CBP or a region, for every component or one; or an area of responsibility. */
export type CbpPlace =
	| { kind: 'scope'; geo: string; region: CbpRegion | 'all'; component?: CbpComponent }
	| { kind: 'area'; geo: string; area: CbpArea };

const REGION_IDS = new Set<string>(CBP_REGIONS.map((r) => r.id));
const COMPONENT_IDS = new Set<string>(CBP_COMPONENTS.map((c) => c.id));

/** What a geo id names, or undefined when it is not one of CBP's places. */
export function cbpPlace(geo: string, areas: readonly CbpArea[]): CbpPlace | undefined {
	const m = /^cbp:([a-z-]+)(?::([a-z]+))?$/.exec(geo);
	if (!m) return undefined;
	const [, first, component] = m as unknown as [string, string, string | undefined];
	if (first === 'all' || REGION_IDS.has(first)) {
		if (component !== undefined && !COMPONENT_IDS.has(component)) return undefined;
		return {
			kind: 'scope',
			geo,
			region: first as CbpRegion | 'all',
			...(component ? { component: component as CbpComponent } : {})
		};
	}
	const area = component === undefined ? areas.find((a) => a.id === geo) : undefined;
	return area ? { kind: 'area', geo, area } : undefined;
}

/** The splits that make sense for a place: a part of CBP is not split into parts of CBP. */
export function splitsFor(place: CbpPlace): Split[] {
	if (place.kind === 'area') return ['total'];
	const out: Split[] = ['total'];
	if (!place.component) out.push('component');
	if (place.region === 'all') out.push('region');
	out.push('area');
	return out;
}

export const SPLIT_LABELS: Record<Split, string> = {
	total: 'Nothing (one total)',
	component: 'Part of CBP (ports of entry, between them, air and sea)',
	region: 'Region',
	area: 'Area of responsibility'
};

export const GRAIN_LABELS: Record<Grain, string> = {
	fy: 'Fiscal year (October–September)',
	cy: 'Calendar year',
	month: 'Month'
};

export function placeLabel(place: CbpPlace): string {
	return place.kind === 'area' ? cbpAreaLabel(place.area.name) : (cbpGeoLabel(place.geo) ?? '');
}

const REGION_WORDS: Record<CbpRegion, string> = {
	southwest: 'on the Southwest border',
	northern: 'on the Northern border',
	'coastal-interior': 'in coastal and interior areas'
};
const COMPONENT_WORDS: Record<CbpComponent, string> = {
	ofo: 'at ports of entry',
	usbp: 'between ports of entry',
	amo: 'by Air and Marine Operations'
};

/** Where, in a sentence: 'at ports of entry on the Southwest border', 'across CBP'. */
export function placeWords(place: CbpPlace): string {
	if (place.kind === 'area') return `in the area of the ${cbpAreaLabel(place.area.name)}`;
	const region = place.region === 'all' ? '' : REGION_WORDS[place.region];
	if (!place.component) return region || 'across CBP';
	return [COMPONENT_WORDS[place.component], region].filter(Boolean).join(' ');
}

/** The region a place lies in, if it lies in one (an area listed under two regions does not). */
export function placeRegion(place: CbpPlace): CbpRegion | undefined {
	if (place.kind === 'scope') return place.region === 'all' ? undefined : place.region;
	return place.area.regions.length === 1 ? place.area.regions[0] : undefined;
}

/**
 * The deaths shown beside a place's seizures: the Southwest border states'
 * sum for a place on the Southwest border, the US otherwise.
 */
export function deathsPlace(place: CbpPlace): 'US' | 'border-southwest' {
	return placeRegion(place) === 'southwest' ? 'border-southwest' : 'US';
}

const AREA_GROUPS: Record<CbpComponent, string> = {
	ofo: 'Field offices (ports of entry)',
	usbp: 'Border Patrol sectors (between ports of entry)',
	amo: 'Air and Marine Operations branches'
};

/** Every place a reader can pick, grouped: CBP and its regions, one part of CBP, each kind of area. */
export function placeOptions(
	areas: readonly CbpArea[]
): { value: string; label: string; group: string }[] {
	const scopes = ['all', ...CBP_REGIONS.map((r) => r.id)] as const;
	const whole = scopes.map((r) => `cbp:${r}`);
	const parts = scopes.flatMap((r) => CBP_COMPONENTS.map((c) => `cbp:${r}:${c.id}`));
	const scope = (group: string) => (geo: string) => ({
		value: geo,
		label: cbpGeoLabel(geo) ?? geo,
		group
	});
	const byName = [...areas].sort((a, b) => compareText(a.name, b.name));
	return [
		...whole.map(scope('CBP and its regions')),
		...parts.map(scope('One part of CBP')),
		...CBP_COMPONENTS.flatMap((c) =>
			byName
				.filter((a) => a.component === c.id)
				.map((a) => ({ value: a.id, label: cbpAreaLabel(a.name), group: AREA_GROUPS[c.id] }))
		)
	];
}
