/**
 * What each shape on a map shows, keyed by FIPS code (a 2-digit state or a
 * 5-digit county code, as in us-atlas): its kind — a value, zero, suppressed,
 * not published or no data — its fill, and the words a screen reader hears.
 * Joined on codes, never on names.
 */
import { formatNumber } from '../domain/format';
import { isCountyFips, type Geography } from '../domain/geo';
import { plotted, type Point } from '../domain/series';
import type { PlaceSnapshot } from '../domain/snapshot';
import { classBreaks, classIndex, classLabels, rampFor } from './color-scale';
import { specialFill, type SpecialKind } from './patterns';

export type ValueKind = 'value' | SpecialKind;
export type Per = 'count' | 'rate';

export interface MapDatum {
	/** FIPS code: '39' (Ohio), '39035' (Cuyahoga County) */
	id: string;
	/** the code pages link with: USPS for states ('OH'), FIPS for counties */
	code: string;
	name: string;
	kind: ValueKind;
	value: number | null;
	/** the value in words, as announced and shown: "1,330 deaths", "not published (low data quality)" */
	text: string;
}

export interface MapUnit {
	/** after a number: "deaths", "deaths per 100,000 people" */
	words: string;
	/** in legend classes: "deaths", "per 100,000" */
	short: string;
	digits: number;
}

export const UNITS: Record<Per, MapUnit> = {
	count: { words: 'deaths', short: 'deaths', digits: 0 },
	rate: { words: 'deaths per 100,000 people', short: 'per 100,000', digits: 1 }
};

export function kindOf(p: Point | undefined): ValueKind {
	if (!p) return 'no-data';
	const v = plotted(p);
	if (v !== null) return v === 0 ? 'zero' : 'value';
	return p.status === 'suppressed' ? 'suppressed' : 'not-shown';
}

export function valueText(p: Point | undefined, unit: MapUnit): string {
	const kind = kindOf(p);
	if (kind === 'value' || kind === 'zero')
		return `${formatNumber(plotted(p!)!, unit.digits)} ${unit.words}`;
	if (kind === 'suppressed')
		return p!.low !== undefined && p!.high !== undefined
			? `suppressed (between ${formatNumber(p!.low, unit.digits)} and ${formatNumber(p!.high, unit.digits)})`
			: 'suppressed (too few to publish)';
	if (kind === 'not-shown')
		return /low data quality/i.test(p!.note ?? '')
			? 'not published (low data quality)'
			: 'not published';
	return 'no data';
}

/** One shape's datum from its point (or its absence). */
export function datum(
	place: { id: string; code: string; name: string },
	point: Point | undefined,
	unit: MapUnit
): MapDatum {
	return {
		...place,
		kind: kindOf(point),
		value: point ? plotted(point) : null,
		text: valueText(point, unit)
	};
}

/** One datum per state (50 states and DC), keyed by state FIPS. */
export function stateMapData(
	places: readonly PlaceSnapshot[],
	per: Per,
	geography: Geography
): MapDatum[] {
	return places.flatMap((s) => {
		const j = geography.byCode.get(s.geo);
		if (!j?.fips) return [];
		const point = per === 'rate' ? s.rate : s.count;
		return [datum({ id: j.fips, code: j.code, name: s.name }, point, UNITS[per])];
	});
}

/**
 * One datum per series whose geo is a FIPS code (counties: '39035'), at one
 * period; `nameOf` names each place (from the map outlines, joined on FIPS).
 */
export function fipsMapData(
	series: readonly { geo: string; points: readonly Point[] }[],
	period: string,
	unit: MapUnit,
	nameOf: (fips: string) => string
): MapDatum[] {
	return series
		.filter((s) => isCountyFips(s.geo))
		.map((s) =>
			datum(
				{ id: s.geo, code: s.geo, name: nameOf(s.geo) },
				s.points.find((p) => p.period === period),
				unit
			)
		);
}

export interface MapScale {
	breaks: number[];
	colors: string[];
	labels: string[];
}

export function mapScale(data: readonly MapDatum[], unit: MapUnit): MapScale {
	const breaks = classBreaks(data.flatMap((d) => (d.kind === 'value' ? [d.value!] : [])));
	return {
		breaks,
		colors: rampFor(breaks.length + 1),
		labels: classLabels(breaks, unit.short, unit.digits)
	};
}

export function fillOf(d: MapDatum | undefined, scale: MapScale, prefix: string): string {
	if (!d) return specialFill(prefix, 'no-data');
	if (d.kind !== 'value') return specialFill(prefix, d.kind);
	return scale.colors[classIndex(d.value!, scale.breaks)]!;
}

export const SPECIAL_LABELS: Record<SpecialKind, string> = {
	zero: 'Zero',
	suppressed: 'Suppressed: too few to publish',
	'not-shown': 'Not published (e.g. data quality too low)',
	'no-data': 'No data'
};

export interface LegendEntry {
	key: string;
	label: string;
	fill: string;
	/** how many shapes have it */
	count: number;
}

/**
 * The classes, then every special kind (always listed, so the legend reads the
 * same on every map). `labels` rewords a kind where a source says more or less
 * (a derived file that cannot tell suppressed from zero).
 */
export function legendEntries(
	data: readonly MapDatum[],
	scale: MapScale,
	prefix: string,
	shapes: number = data.length,
	labels: Partial<Record<SpecialKind, string>> = {}
): LegendEntry[] {
	const classes = scale.labels.map((label, i) => ({
		key: `class-${i}`,
		label,
		fill: scale.colors[i]!,
		count: data.filter((d) => d.kind === 'value' && classIndex(d.value!, scale.breaks) === i).length
	}));
	const kinds: SpecialKind[] = ['zero', 'suppressed', 'not-shown', 'no-data'];
	const special = kinds.map((kind) => ({
		key: kind,
		label: labels[kind] ?? SPECIAL_LABELS[kind],
		fill: specialFill(prefix, kind),
		count:
			data.filter((d) => d.kind === kind).length +
			// shapes with no datum at all are drawn as no data too
			(kind === 'no-data' ? Math.max(0, shapes - data.length) : 0)
	}));
	return [...classes, ...special];
}
