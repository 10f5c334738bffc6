/**
 * From the page's selection to the series it draws: the place's total and its
 * parts (CBP's components, regions, or its largest areas of responsibility
 * plus the rest), by month, fiscal year or calendar year.
 *
 * Parts come straight from CBP's monthly series. "All other areas" is the
 * place's total minus the areas shown, because a few Air and Marine units are
 * listed under two regions and have no series of their own per region.
 */
import {
	CBP_COMPONENTS,
	CBP_REGIONS,
	SEIZED_DRUGS,
	cbpAreaLabel,
	cbpGeo,
	seizureMeasure,
	type CbpArea
} from './cbp';
import { calendarYearTotals, fiscalYearTotals } from './fiscal-year';
import { placeWords, type CbpPlace, type Grain, type SeizureView } from './seizure-view';
import { plotted, type Point, type Series, type Status } from './series';
import { worseStatus } from './sum';

export interface Part {
	geo: string;
	label: string;
	points: Point[];
}

export interface SeizureSelection {
	/** what the chart stacks; empty when the place is shown as one total */
	parts: Part[];
	/** the place's own series; null when CBP's data has none (a CBP-wide total of ketamine) */
	total: Part | null;
	periods: string[];
	/** periods some part or the total covers only in part (shaded on the chart) */
	partial: string[];
	/** parts asked for that the data does not have, in words */
	absent: string[];
}

/** Areas drawn one by one; the rest are added up into one part. */
export const TOP_AREAS = 6;
export const OTHER_AREAS = 'All other areas';

export function toGrain(months: readonly Point[], grain: Grain): Point[] {
	if (grain === 'fy') return fiscalYearTotals(months);
	if (grain === 'cy') return calendarYearTotals(months);
	return [...months];
}

/** The geos a place is split into, with their labels. */
export function partGeos(
	view: Pick<SeizureView, 'by'>,
	place: CbpPlace,
	areas: readonly CbpArea[]
): { geo: string; label: string }[] {
	if (place.kind === 'area' || view.by === 'total') return [];
	const { region, component } = place;
	if (view.by === 'component')
		return CBP_COMPONENTS.map((c) => ({ geo: cbpGeo(region, c.id), label: c.label }));
	if (view.by === 'region')
		return CBP_REGIONS.map((r) => ({ geo: cbpGeo(r.id, component), label: r.label }));
	return areas
		.filter((a) => !component || a.component === component)
		.filter((a) => region === 'all' || a.regions.includes(region))
		.map((a) => ({ geo: a.id, label: cbpAreaLabel(a.name) }));
}

export function selectSeizures(
	view: SeizureView,
	place: CbpPlace,
	series: readonly Series[],
	areas: readonly CbpArea[]
): SeizureSelection {
	const measure = seizureMeasure(view.drug, view.unit, 'month');
	const byGeo = new Map(series.filter((s) => s.measure === measure).map((s) => [s.geo, s]));
	const own = byGeo.get(place.geo);
	const total = own ? { geo: place.geo, label: 'Total', points: own.points } : null;
	const wanted = partGeos(view, place, areas);
	const found = wanted.flatMap((w) => {
		const s = byGeo.get(w.geo);
		return s ? [{ ...w, points: s.points }] : [];
	});
	const absent =
		view.by === 'area' ? [] : wanted.filter((w) => !byGeo.has(w.geo)).map((w) => w.label);
	const monthly = view.by === 'area' ? largestAreas(found, total) : found;
	return assemble(
		monthly.map((p) => ({ ...p, points: toGrain(p.points, view.period) })),
		total && { ...total, points: toGrain(total.points, view.period) },
		absent
	);
}

function assemble(parts: Part[], total: Part | null, absent: string[]): SeizureSelection {
	const all = total ? [...parts, total] : parts;
	const periods = [...new Set(all.flatMap((p) => p.points.map((x) => x.period)))].sort();
	const partial = periods.filter((period) => {
		const at = all.map((p) => p.points.find((x) => x.period === period));
		if (at.some((x) => x?.incomplete)) return true;
		if (!total) return false;
		// the parts have numbers but the total has none (Air and Marine data end sooner)
		const t = at.at(-1);
		return (!t || plotted(t) === null) && at.some((x) => x && plotted(x) !== null);
	});
	return { parts, total, periods, partial, absent };
}

/** The areas with the most seized over the whole series, and the rest as one part. */
function largestAreas(areas: readonly Part[], total: Part | null): Part[] {
	const sum = (p: Part) => p.points.reduce((n, x) => n + (plotted(x) ?? 0), 0);
	const ranked = areas
		.map((a) => ({ a, n: sum(a) }))
		.filter((x) => x.n > 0)
		.sort((x, y) => y.n - x.n)
		.map((x) => x.a);
	if (ranked.length <= TOP_AREAS + 1) return ranked;
	const top = ranked.slice(0, TOP_AREAS);
	const points = total ? remainder(total, top) : addUp(ranked.slice(TOP_AREAS));
	return [...top, { geo: 'other', label: OTHER_AREAS, points }];
}

/** Month-by-month values of a part; a month without a row adds 0 (CBP lists only seizures). */
const valuesOf = (parts: readonly Part[]) =>
	parts.map((s) => new Map(s.points.map((p) => [p.period, plotted(p) ?? 0])));

/** The total minus the shown areas, month by month. */
function remainder(total: Part, shown: readonly Part[]): Point[] {
	const at = valuesOf(shown);
	return total.points.map((p) => {
		const value = plotted(p);
		if (value === null) return { ...p };
		const rest = at.reduce((n, m) => n - (m.get(p.period) ?? 0), value);
		// float sums of CBP's many-decimal pounds leave crumbs like 1e-12
		const { note: _note, ...kept } = p;
		return { ...kept, value: Math.abs(rest) < 1e-6 ? 0 : rest };
	});
}

/** The sum of areas, when the place has no total to subtract from. */
function addUp(rest: readonly Part[]): Point[] {
	const at = valuesOf(rest);
	const periods = [...new Set(rest.flatMap((s) => s.points.map((p) => p.period)))].sort();
	return periods.map((period) => {
		const statuses = rest.flatMap((s) => s.points.filter((p) => p.period === period));
		return {
			period,
			value: at.reduce((n, m) => n + (m.get(period) ?? 0), 0),
			status: statuses.reduce((w, p) => worseStatus(w, p.status), 'final' as Status)
		};
	});
}

/**
 * The selection as shown: a place that has no total of this drug (Air and
 * Marine Operations report five drugs, so CBP-wide totals exist for those
 * only) is split into its components rather than left blank, and says so.
 */
export function resolveSeizures(
	view: SeizureView,
	place: CbpPlace,
	series: readonly Series[],
	areas: readonly CbpArea[]
): { view: SeizureView; selection: SeizureSelection; message: string | null } {
	const drug = SEIZED_DRUGS.find((d) => d.id === view.drug)?.label ?? view.drug;
	const where = placeWords(place);
	const selection = selectSeizures(view, place, series, areas);
	if (!selection.total && view.by === 'total' && place.kind === 'scope' && !place.component) {
		const split = { ...view, by: 'component' as const };
		const parts = selectSeizures(split, place, series, areas);
		if (parts.parts.length)
			return {
				view: split,
				selection: parts,
				message: `CBP publishes no total of ${drug} seizures ${where}, because Air and Marine Operations do not report ${drug}; showing the parts of CBP that do.`
			};
	}
	if (!selection.total && !selection.parts.length)
		return { view, selection, message: `CBP's files list no ${drug} seizures ${where}.` };
	return { view, selection, message: null };
}
