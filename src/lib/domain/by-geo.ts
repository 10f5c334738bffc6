/**
 * Builds each state's profile file (geo-file.ts) from every dataset of a run.
 * Nothing here names a dataset or a measure: what goes in follows from the
 * geography (the state, its parts, its census division, the US, the CBP areas
 * that map to a border state) and from the measure catalogue (how members
 * combine into a region).
 */
import type { CbpArea } from './cbp';
import { combineMembers } from './combine';
import { packDataset, type SourceFile, type SourcedSeries } from './dataset-file';
import { NY_EXCL_NYC, statesAndDc, type Geography, type Region } from './geo';
import type { Combined, GeoDataset, GeoFile } from './geo-file';
import { combineOf, measure } from './measures';
import type { DatasetRecord } from './manifest';
import { populationOf, type Population } from './rates';
import { standing } from './standing';

export const POPULATION_DATASET = 'census-population';

export interface BuiltDataset {
	record: Pick<
		DatasetRecord,
		'id' | 'title' | 'publisher' | 'url' | 'license' | 'derived' | 'caveats' | 'retrievedAt'
	>;
	series: readonly SourcedSeries[];
}

/** One dataset's series grouped by measure and variant, then by geo. */
interface Indexed {
	built: BuiltDataset;
	byKey: Map<string, Map<string, SourcedSeries>>;
}

export interface GeoIndex {
	geography: Geography;
	areas: readonly CbpArea[];
	datasets: Indexed[];
	states: string[];
	population: Map<string, Population>;
	/** computed US series, the same in every state's file: made once */
	us: Map<string, { series: SourcedSeries; combined: Combined } | null>;
}

const keyOf = (s: { measure: string; variant?: string }) => `${s.measure}|${s.variant ?? ''}`;

export function indexDatasets(
	geography: Geography,
	areas: readonly CbpArea[],
	datasets: readonly BuiltDataset[]
): GeoIndex {
	const indexed = datasets.map((built) => {
		const byKey = new Map<string, Map<string, SourcedSeries>>();
		for (const s of built.series) {
			const k = keyOf(s);
			if (!byKey.has(k)) byKey.set(k, new Map());
			byKey.get(k)!.set(s.geo, s);
		}
		return { built, byKey };
	});
	const pop = indexed
		.find((d) => d.built.record.id === POPULATION_DATASET)
		?.byKey.get('population|');
	const population = new Map([...(pop ?? [])].map(([geo, s]) => [geo, populationOf(s.points)]));
	const states = statesAndDc(geography).map((j) => j.code);
	return { geography, areas, datasets: indexed, states, population, us: new Map() };
}

export function divisionOf(geography: Geography, code: string): Region | undefined {
	return geography.regions.find((r) => r.kind === 'census-division' && r.members.includes(code));
}

/** The geos of a state's own: the state, and its parts reported apart (NYC and the rest of NY). */
export function partsOf(geography: Geography, code: string): string[] {
	const parts = geography.jurisdictions.filter((j) => j.partOf === code).map((j) => j.code);
	return parts.length && code === 'NY' ? [...parts, NY_EXCL_NYC] : parts;
}

/** CBP geos for a border state: areas that map to it, their CBP regions, and CBP as a whole. */
export function cbpGeosOf(geography: Geography, areas: readonly CbpArea[], code: string): string[] {
	const j = geography.byCode.get(code);
	if (!j || !(j.southwestBorder || j.northernBorder)) return [];
	const mine = areas.filter((a) => a.states.includes(code));
	if (!mine.length) return [];
	const regions = [...new Set(mine.flatMap((a) => a.regions))].map((r) => `cbp:${r}`);
	return [...mine.map((a) => a.id), ...regions, 'cbp:all'];
}

/** How a series' members combine, or null; a percentage variant (CDC's "% pending investigation") never adds up. */
function combinable(s: SourcedSeries) {
	const m = measure(s.measure);
	return m && !s.unit.trim().startsWith('%') ? combineOf(m) : null;
}

/** The region's (or the country's) series from those of its members that have it. */
function combined(
	index: GeoIndex,
	dataset: string,
	group: Map<string, SourcedSeries>,
	geo: string,
	members: readonly string[]
): { series: SourcedSeries; combined: Combined } | null {
	const having = members.filter((m) => group.has(m));
	const parts = having.map((m) => group.get(m)!);
	const first = parts[0];
	const how = first && combinable(first);
	if (!first || !how) return null;
	const sources = [...new Map(parts.map((s) => [s.source.sha256 + s.source.name, s.source]))]
		.map(([, f]) => f)
		.sort((a, b) => (a.release < b.release ? 1 : -1));
	const also: SourceFile[] = sources.slice(1);
	const points = combineMembers(how, parts, (g) => index.population.get(g));
	return {
		series: {
			dataset,
			measure: first.measure,
			...(first.variant ? { variant: first.variant } : {}),
			geo,
			unit: first.unit,
			points,
			source: sources[0]!,
			...(also.length ? { also } : {})
		},
		combined: {
			dataset,
			measure: first.measure,
			...(first.variant ? { variant: first.variant } : {}),
			geo,
			how,
			members: having,
			left: members.filter((m) => !group.has(m))
		}
	};
}

function usOf(index: GeoIndex, d: Indexed, key: string, group: Map<string, SourcedSeries>) {
	const k = `${d.built.record.id}|${key}`;
	if (!index.us.has(k))
		index.us.set(k, combined(index, d.built.record.id, group, 'US', index.states));
	return index.us.get(k)!;
}

/** A state's rank among the states, for a measure no region can be computed for. */
function standingOf(
	index: GeoIndex,
	dataset: string,
	group: Map<string, SourcedSeries>,
	code: string
) {
	const mine = group.get(code);
	const m = mine && measure(mine.measure);
	if (!mine || !m || combineOf(m) !== null) return null;
	const points = new Map(
		index.states.flatMap((st) => (group.has(st) ? [[st, group.get(st)!.points]] : []))
	);
	const st = standing(code, points);
	return (
		st && {
			dataset,
			measure: mine.measure,
			...(mine.variant ? { variant: mine.variant } : {}),
			...st
		}
	);
}

export function buildGeoFile(index: GeoIndex, code: string, generatedAt: string): GeoFile {
	const { geography } = index;
	const division = divisionOf(geography, code);
	const cbp = cbpGeosOf(geography, index.areas, code);
	const own = new Set([code, ...partsOf(geography, code), 'US', ...cbp]);
	// a region's rates need each member's population, whatever members the numerator has
	const wanted = (s: SourcedSeries) =>
		own.has(s.geo) || (s.measure === 'population' && !!division?.members.includes(s.geo));
	const areas = index.areas
		.filter((a) => cbp.includes(a.id))
		.map((a) => ({ id: a.id, name: a.name, states: a.states }));
	const out: GeoFile = {
		geo: code,
		region: division?.id ?? '',
		generatedAt,
		areas,
		datasets: [],
		combined: [],
		standings: []
	};
	for (const d of index.datasets) {
		const id = d.built.record.id;
		const series: SourcedSeries[] = [];
		for (const [key, group] of d.byKey) {
			series.push(...[...group.values()].filter(wanted));
			const made = [
				division && combined(index, id, group, division.id, division.members),
				group.has('US') ? null : usOf(index, d, key, group)
			];
			for (const m of made)
				if (m) {
					series.push(m.series);
					out.combined.push(m.combined);
				}
			const st = standingOf(index, id, group, code);
			if (st) out.standings.push(st);
		}
		if (series.length) out.datasets.push(geoDataset(d.built, series));
	}
	return out;
}

function geoDataset(built: BuiltDataset, series: SourcedSeries[]): GeoDataset {
	const r = built.record;
	const packed = packDataset(
		{
			dataset: r.id,
			title: r.title,
			publisher: r.publisher,
			url: r.url,
			derived: r.derived,
			retrievedAt: r.retrievedAt
		},
		series
	);
	return { ...packed, license: r.license, caveats: [...r.caveats] };
}
