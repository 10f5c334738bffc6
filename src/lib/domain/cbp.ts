/**
 * CBP's own geography and vocabulary for drug seizures, and the ids the
 * normalized data uses for them. Pages and the adapter share these, so a
 * chart asks for `cbp:southwest:ofo` without knowing how CBP spells it.
 *
 * Geo ids form a tree:
 *   cbp:all                          CBP-wide: every region, all three components
 *   cbp:<region>                     one region, all three components
 *   cbp:all:<component>, cbp:<region>:<component>
 *                                    one component (ofo, usbp, amo) in all or one region
 *   cbp:<area>                       an area of responsibility (field office, sector,
 *                                    AMO branch), named after CBP's own name:
 *                                    'SAN DIEGO FIELD OFFICE' -> cbp:san-diego-field-office
 * An area belongs to one component; data/cbp-areas.csv says which, with its
 * region and states.
 */
import Papa from 'papaparse';

export const CBP_REGIONS = [
	{ id: 'southwest', name: 'Southwest Border', label: 'Southwest border' },
	{ id: 'northern', name: 'Northern Border', label: 'Northern border' },
	{ id: 'coastal-interior', name: 'Coastal/Interior', label: 'Coastal and interior' }
] as const;
export type CbpRegion = (typeof CBP_REGIONS)[number]['id'];

export const CBP_COMPONENTS = [
	{
		id: 'ofo',
		name: 'Office of Field Operations',
		label: 'At ports of entry (Office of Field Operations)'
	},
	{ id: 'usbp', name: 'U.S. Border Patrol', label: 'Between ports of entry (U.S. Border Patrol)' },
	{
		id: 'amo',
		name: 'Air and Marine Operations',
		label: 'By air and sea (Air and Marine Operations)'
	}
] as const;
export type CbpComponent = (typeof CBP_COMPONENTS)[number]['id'];

/** Drug types as CBP writes them ('Other Drugs**' with its asterisks), with our ids and words. */
export const SEIZED_DRUGS = [
	{ id: 'cocaine', name: 'Cocaine', label: 'cocaine' },
	{ id: 'ecstasy', name: 'Ecstasy', label: 'ecstasy (MDMA)' },
	{ id: 'fentanyl', name: 'Fentanyl', label: 'fentanyl' },
	{ id: 'heroin', name: 'Heroin', label: 'heroin' },
	{ id: 'ketamine', name: 'Ketamine', label: 'ketamine' },
	{ id: 'khat', name: 'Khat (Catha Edulis)', label: 'khat' },
	{ id: 'lsd', name: 'Lsd', label: 'LSD' },
	{ id: 'marijuana', name: 'Marijuana', label: 'marijuana' },
	{ id: 'methamphetamine', name: 'Methamphetamine', label: 'methamphetamine' },
	{ id: 'other', name: 'Other Drugs**', label: 'other drugs' }
] as const;
export type SeizedDrug = (typeof SEIZED_DRUGS)[number]['id'];

export type SeizureUnit = 'lbs' | 'events';
export type SeizureGrain = 'month' | 'fiscal-year';

/** 'seizures.fentanyl.lbs' (by month), 'seizures.fentanyl.events.fiscal-year' (FY totals). */
export function seizureMeasure(drug: SeizedDrug, unit: SeizureUnit, grain: SeizureGrain): string {
	return `seizures.${drug}.${unit}${grain === 'fiscal-year' ? '.fiscal-year' : ''}`;
}

export function cbpGeo(region: CbpRegion | 'all', component?: CbpComponent): string {
	return component ? `cbp:${region}:${component}` : `cbp:${region}`;
}

/** An area of responsibility's geo id, from CBP's name for it. */
export function cbpAreaGeo(name: string): string {
	const slug = name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `cbp:${slug}`;
}

/** Plain words for a region or component geo ('cbp:southwest:ofo'); undefined for an area. */
export function cbpGeoLabel(geo: string): string | undefined {
	const [, region, component] = geo.split(':');
	const r = region === 'all' ? 'All CBP' : CBP_REGIONS.find((x) => x.id === region)?.label;
	if (!r) return undefined;
	if (!component) return r;
	const c = CBP_COMPONENTS.find((x) => x.id === component)?.label;
	return c ? `${r}: ${c.charAt(0).toLowerCase()}${c.slice(1)}` : undefined;
}

/**
 * An area's name as people write it: CBP's files spell field offices and
 * sectors in capitals ('SAN DIEGO FIELD OFFICE' -> 'San Diego Field Office');
 * Air and Marine branch names are already in ordinary case and stay as they are.
 */
export function cbpAreaLabel(name: string): string {
	if (name !== name.toUpperCase()) return name;
	return name.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/** One row of data/cbp-areas.csv. */
export interface CbpArea {
	/** geo id, cbpAreaGeo(name) */
	id: string;
	/** CBP's name, exactly as in its files */
	name: string;
	component: CbpComponent;
	/** the regions CBP's files place it in (one, except for a few AMO units) */
	regions: CbpRegion[];
	/** USPS codes of data/regions.csv; empty when it covers no single state */
	states: string[];
	/** why `states` is empty or partial (a national unit, territories, abroad) */
	note: string;
	source: string;
}

const words = (s: string | undefined) => (s ?? '').split(/\s+/).filter(Boolean);

export function parseCbpAreas(csv: string): CbpArea[] {
	const { data } = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
	return data.map((r) => ({
		id: r.id ?? '',
		name: r.name ?? '',
		component: (r.component ?? '') as CbpComponent,
		regions: words(r.regions) as CbpRegion[],
		states: words(r.states),
		note: r.note ?? '',
		source: r.source ?? ''
	}));
}
