/**
 * "At a glance": one row per measure, the state beside its census division and
 * the US, each for the same period (the state's latest; the US's when the
 * state has none). The notes say what a computed value leaves out, and for a
 * measure no region can be computed for (a survey share), where the state
 * ranks among the states.
 */
import { yearOverYear, latestValued } from '../domain/change';
import type { Cell } from '../domain/csv-export';
import { formatNumber } from '../domain/format';
import type { GeoProfile } from '../domain/geo-file';
import { formatPeriod } from '../domain/period';
import { crudeRate, madeOf, placeSeries, type Place } from '../domain/profile';
import { plotted, type Point } from '../domain/series';
import type { TableData } from './table-data';
import { valueCell } from './point-text';
import { medicaidRow } from './glance-medicaid';

export interface GlanceRow {
	key: string;
	label: string;
	/** how the period reads: '12 months ending April 2025', '2023' */
	period: string;
	cells: Cell[];
	note: string;
	source: string;
}

export interface GlanceSpec {
	dataset: string;
	measure: string;
	label: string;
	/** 'value' as published, 'change' in % from a year earlier, 'crude-rate' per 100,000 */
	show?: 'value' | 'change' | 'crude-rate';
	/** the period in words; the default is the period's own label */
	period?: (period: string) => string;
}

const at = (points: readonly Point[] | undefined, period: string) =>
	points?.find((p) => p.period === period);

export function ordinal(n: number): string {
	if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
	return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function pointsFor(p: GeoProfile, spec: GlanceSpec, place: Place): readonly Point[] | undefined {
	if (spec.show === 'crude-rate')
		return crudeRate(p, spec.dataset, spec.measure, place) ?? undefined;
	return placeSeries(p, spec.dataset, spec.measure, place)?.points;
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

function cellFor(points: readonly Point[] | undefined, period: string, spec: GlanceSpec): Cell {
	const cell = valueCell(at(points, period));
	// rates per 100,000 are read to one decimal, as CDC publishes them
	if (spec.show === 'crude-rate') return typeof cell === 'number' ? oneDecimal(cell) : cell;
	if (spec.show !== 'change') return cell;
	const change = points && yearOverYear(points, period);
	return change?.percent == null ? null : oneDecimal(change.percent);
}

/** What the state's own point, its rank and the computed columns need a reader to know. */
function noteFor(
	p: GeoProfile,
	spec: GlanceSpec,
	places: readonly Place[],
	/** each place's points, as the row's cells read them */
	points: readonly (readonly Point[] | undefined)[],
	own?: Point
): string {
	const notes: string[] = [];
	const state = places[0]!;
	if (!own || plotted(own) === null)
		notes.push(own?.note ?? `No value for ${state.name} in the files read here.`);
	else if (own.low !== undefined && own.high !== undefined && spec.show !== 'change')
		notes.push(`Range ${formatNumber(own.low, 2)}–${formatNumber(own.high, 2)}.`);
	const rank = spec.show === 'value' || !spec.show ? p.standing(spec.dataset, spec.measure) : null;
	if (rank && own && rank.period === own.period)
		notes.push(
			`${ordinal(rank.rank)} highest of ${rank.of} states and DC (middle value ${formatNumber(rank.median, 2)}).`
		);
	if (own?.incomplete) notes.push('Incomplete (will rise).');
	places.forEach((place, i) => {
		if (i === 0) return;
		const who = place.role === 'us' ? 'US' : 'Division';
		const made = madeOf(p, spec.dataset, spec.measure, place);
		if (made) notes.push(`${who}: ${made}.`);
		// a computed total with a gap says which member has no value then
		const gap = own && at(points[i], own.period);
		if (gap && gap.value === null && gap.note && place.role === 'region')
			notes.push(`${who}: ${gap.note}`);
	});
	return notes.join(' ');
}

export function glanceRow(
	p: GeoProfile,
	places: readonly Place[],
	spec: GlanceSpec
): GlanceRow | null {
	const d = p.dataset(spec.dataset);
	if (!d) return null;
	const points = places.map((place) => pointsFor(p, spec, place));
	const last = latestValued(points[0] ?? []) ?? latestValued(points.at(-1) ?? []);
	if (!last) return null;
	const own = at(points[0], last.period);
	return {
		key: `${spec.dataset}|${spec.measure}|${spec.show ?? 'value'}`,
		label: spec.label,
		period: (spec.period ?? formatPeriod)(last.period),
		cells: points.map((pts) => cellFor(pts, last.period, spec)),
		note: noteFor(p, spec, places, points, own),
		source: d.publisher
	};
}

/** The rows in order; 'medicaid' places the Medicaid expansion row. */
export function glanceTable(
	p: GeoProfile,
	places: readonly Place[],
	specs: readonly (GlanceSpec | 'medicaid')[]
): TableData {
	const rows = specs
		.map((s) => (s === 'medicaid' ? medicaidRow(p, places) : glanceRow(p, places, s)))
		.filter((r): r is GlanceRow => r !== null);
	return {
		columns: [
			{ label: 'Measure' },
			{ label: 'Period' },
			...places.map((pl) => ({ label: pl.name, numeric: true, digits: 2 })),
			{ label: 'Notes' },
			{ label: 'Source' }
		],
		rows: rows.map((r) => ({
			key: r.key,
			cells: [r.label, r.period, ...r.cells, r.note, r.source]
		}))
	};
}
