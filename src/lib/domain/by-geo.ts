/**
 * Builds each state's profile file (geo-file.ts) from every dataset of a run,
 * one dataset at a time (geoParts), so a run need not hold every dataset at
 * once. A region's series is computed once per dataset and put in the file of
 * each of its members. Nothing here names a dataset or a measure: what goes in follows from the
 * geography (the state, its parts, its census division, the US, the CBP areas
 * that map to a border state) and from the measure catalogue (how members
 * combine into a region).
 */
import type { CbpArea } from './cbp';
import { combineMembers } from './combine';
import {
	packDataset,
	packSeries,
	type LoosePacked,
	type SourceFile,
	type SourcedSeries
} from './dataset-file';
import { NY_EXCL_NYC, statesAndDc, type Geography, type Region } from './geo';
import type { Combined, GeoDataset, GeoFile } from './geo-file';
import { combineOf, measure } from './measures';
import type { DatasetRecord } from './manifest';
import { populationOf, type Population } from './rates';
import { standings, type Standing } from './standing';

export const POPULATION_DATASET = 'census-population';

export interface BuiltDataset {
	record: Pick<
		DatasetRecord,
		'id' | 'title' | 'publisher' | 'url' | 'license' | 'derived' | 'caveats' | 'retrievedAt'
	>;
	series: readonly SourcedSeries[];
}

/** What every state's file is built with, whatever the dataset. */
export interface GeoContext {
	geography: Geography;
	areas: readonly CbpArea[];
	states: string[];
	population: Map<string, Population>;
}

const keyOf = (s: { measure: string; variant?: string }) => `${s.measure}|${s.variant ?? ''}`;

/** A dataset's series grouped by measure and variant, then by geo, in the dataset's order. */
function groups(series: readonly SourcedSeries[]): Map<string, Map<string, SourcedSeries>> {
	const byKey = new Map<string, Map<string, SourcedSeries>>();
	for (const s of series) byKey.set(keyOf(s), (byKey.get(keyOf(s)) ?? new Map()).set(s.geo, s));
	return byKey;
}

/** `population`: the census dataset, the denominators of every region's rates. */
export function geoContext(
	geography: Geography,
	areas: readonly CbpArea[],
	population?: BuiltDataset
): GeoContext {
	const pop = population && groups(population.series).get('population|');
	return {
		geography,
		areas,
		states: statesAndDc(geography).map((j) => j.code),
		population: new Map([...(pop ?? [])].map(([geo, s]) => [geo, populationOf(s.points)]))
	};
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
	ctx: GeoContext,
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
	const points = combineMembers(how, parts, (g) => ctx.population.get(g));
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

/** Every state's standing, for a measure no region can be computed for (standing.ts). */
function standingsOf(ctx: GeoContext, group: Map<string, SourcedSeries>) {
	const first = group.values().next().value;
	const m = first && measure(first.measure);
	if (!m || combineOf(m) !== null) return new Map<string, Standing>();
	const states = ctx.states.filter((st) => group.has(st));
	return standings(new Map(states.map((st) => [st, group.get(st)!.points])));
}

/** The file's fields that no dataset changes. */
export function geoHead(ctx: GeoContext, code: string, generatedAt: string) {
	const division = divisionOf(ctx.geography, code);
	const cbp = cbpGeosOf(ctx.geography, ctx.areas, code);
	const areas = ctx.areas
		.filter((a) => cbp.includes(a.id))
		.map((a) => ({ id: a.id, name: a.name, states: a.states }));
	return { geo: code, region: division?.id ?? '', generatedAt, areas };
}

/** One dataset's share of a state's file. */
export interface GeoPart {
	dataset: GeoDataset | null;
	combined: Combined[];
	standings: GeoFile['standings'];
}

/** One dataset's share of each state's file, state by state. */
export function* geoParts(
	ctx: GeoContext,
	built: BuiltDataset,
	pack: (s: SourcedSeries) => LoosePacked = packSeries
): Generator<[string, GeoPart]> {
	const { geography } = ctx;
	const id = built.record.id;
	const byKey = groups(built.series);
	const made = new Map<string, ReturnType<typeof combined>>();
	const once = (key: string, geo: string, members: readonly string[]) => {
		const k = `${key}|${geo}`;
		if (!made.has(k)) made.set(k, combined(ctx, id, byKey.get(key)!, geo, members));
		return made.get(k)!;
	};
	const ranks = new Map([...byKey].map(([key, group]) => [key, standingsOf(ctx, group)]));
	for (const code of ctx.states) {
		const division = divisionOf(geography, code);
		const cbp = cbpGeosOf(geography, ctx.areas, code);
		const own = new Set([code, ...partsOf(geography, code), 'US', ...cbp]);
		// a region's rates need each member's population, whatever members the numerator has
		const wanted = (s: SourcedSeries) =>
			own.has(s.geo) || (s.measure === 'population' && !!division?.members.includes(s.geo));
		const part: GeoPart = { dataset: null, combined: [], standings: [] };
		const series: SourcedSeries[] = [];
		for (const [key, group] of byKey) {
			for (const s of group.values()) if (wanted(s)) series.push(s);
			const regions = [
				division && once(key, division.id, division.members),
				group.has('US') ? null : once(key, 'US', ctx.states)
			];
			for (const r of regions)
				if (r) {
					series.push(r.series);
					part.combined.push(r.combined);
				}
			const st = ranks.get(key)!.get(code);
			const mine = st && group.get(code)!;
			if (st && mine)
				part.standings.push({
					dataset: id,
					measure: mine.measure,
					...(mine.variant ? { variant: mine.variant } : {}),
					...st
				});
		}
		if (series.length) part.dataset = geoDataset(built, series, pack);
		yield [code, part];
	}
}

/** Every dataset of a run, for building whole files at once (tests; the pipeline adds them one by one). */
export interface GeoIndex {
	ctx: GeoContext;
	datasets: readonly BuiltDataset[];
}

export function indexDatasets(
	geography: Geography,
	areas: readonly CbpArea[],
	datasets: readonly BuiltDataset[]
): GeoIndex {
	const population = datasets.find((d) => d.record.id === POPULATION_DATASET);
	return { ctx: geoContext(geography, areas, population), datasets };
}

/** A state's whole file: what the pipeline writes part by part. */
export function buildGeoFile(index: GeoIndex, code: string, generatedAt: string): GeoFile {
	const head = geoHead(index.ctx, code, generatedAt);
	const out: GeoFile = { ...head, datasets: [], combined: [], standings: [] };
	for (const d of index.datasets)
		for (const [c, part] of geoParts(index.ctx, d))
			if (c === code) {
				if (part.dataset) out.datasets.push(part.dataset);
				out.combined.push(...part.combined);
				out.standings.push(...part.standings);
			}
	return out;
}

function geoDataset(
	built: BuiltDataset,
	series: SourcedSeries[],
	pack: (s: SourcedSeries) => LoosePacked
): GeoDataset {
	const {
		id: dataset,
		title,
		publisher,
		url,
		derived,
		retrievedAt,
		license,
		caveats
	} = built.record;
	const meta = { dataset, title, publisher, url, derived, retrievedAt };
	return { ...packDataset(meta, series, pack), license, caveats: [...caveats] };
}
