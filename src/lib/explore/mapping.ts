/**
 * How the columns of a user's file are read: which holds the date (and what
 * kind), the place, the value (and what unit). The mapping crosses the worker
 * boundary and is kept in IndexedDB, so it has a schema.
 */
import * as v from 'valibot';
import type { Point } from '../domain/series';
import { readPeriod, readYearAndMonth, type DateKind } from './dates';
import { readPlace, type PlaceKind, type Places } from './places';
import { readValue, type ValueKind } from './values';

export const DATE_KINDS = ['month', 'year', 'twelve-month-ending'] as const satisfies DateKind[];
/** Kinds of place read from the cell alone; county names may take their state from elsewhere. */
export const PLACE_KINDS = [
	'usps',
	'state-fips',
	'county-fips',
	'name'
] as const satisfies PlaceKind[];
export const VALUE_KINDS = ['count', 'rate', 'amount'] as const satisfies ValueKind[];

const column = v.pipe(v.number(), v.integer(), v.minValue(0));

export const MappingSchema = v.object({
	/** spreadsheet row number of the header (1 unless lines of title come first) */
	headerRow: v.pipe(v.number(), v.integer(), v.minValue(1)),
	date: v.object({
		column,
		kind: v.picklist(DATE_KINDS),
		order: v.picklist(['month-first', 'day-first']),
		/** when the month is in a column of its own and `column` holds the year */
		monthColumn: v.optional(column)
	}),
	place: v.variant('kind', [
		v.object({ kind: v.literal('fixed'), geo: v.pipe(v.string(), v.minLength(1)) }),
		v.object({ kind: v.picklist(PLACE_KINDS), column }),
		v.object({
			kind: v.literal('county-name'),
			column,
			/** the column with each county's state, when the name cell does not say */
			stateColumn: v.optional(column),
			/** the state of every county in the file (USPS code), when no column says */
			state: v.optional(v.string())
		})
	]),
	value: v.object({ column, kind: v.picklist(VALUE_KINDS) }),
	/** what one unit of the value is, in the person's words: 'deaths', 'naloxone doses' */
	unit: v.pipe(v.string(), v.trim(), v.minLength(1)),
	/** what the numbers are, for the chart's legend: 'Overdose deaths (county medical examiner)' */
	label: v.pipe(v.string(), v.trim(), v.minLength(1)),
	status: v.picklist(['final', 'provisional'])
});
export type Mapping = v.InferOutput<typeof MappingSchema>;

/** A column's name as shown: its header, or its position when the header cell is blank. */
export function columnName(header: readonly string[], i: number): string {
	const name = (header[i] ?? '').trim();
	return name || `column ${i + 1}`;
}

/** The unit a series carries: a 12-month-ending count says so, as CDC's do. */
export function seriesUnit(m: Mapping): string {
	const unit = m.unit.trim();
	return m.date.kind === 'twelve-month-ending' && !/12[- ]month/i.test(unit)
		? `${unit} (12-month ending)`
		: unit;
}

export type Role = 'date' | 'place' | 'value' | 'row';

export interface RowProblem {
	/** spreadsheet row number (the header is row 1) */
	row: number;
	role: Role;
	column: string;
	/** the cell as written */
	found: string;
	reason: string;
	/** what to do about it */
	hint: string;
}

const HINTS: Record<Exclude<Role, 'place'>, string> = {
	date: 'Write dates like 2024-06, 6/2024 or June 2024 (years like 2024), or choose another kind of date above.',
	value:
		'Write a number; leave the cell blank or write N/A where there is no value, and * or <10 where it was suppressed.',
	row: 'A value may hold a comma without quotes around it: put the value in quotes, or remove the comma.'
};
const PLACE_HINTS: Record<PlaceKind, string> = {
	usps: 'Use two-letter codes such as OH (US for the nation), or choose how places are written above.',
	'state-fips':
		'Use 2-digit state FIPS codes such as 39 (Ohio), or choose how places are written above.',
	'county-fips':
		'Use 5-digit county FIPS codes: 2 digits for the state and 3 for the county, such as 39035.',
	name: 'Check the spelling of the state name, or use two-letter codes such as OH.',
	'county-name':
		'Write the county with its state, such as Franklin County, OH, or choose the column with the state above.'
};

export type MappedRow = { geo: string; point: Point } | { problem: RowProblem };

/** The columns a mapping reads, so a short row can be told apart from a blank cell. */
export function mappedColumns(m: Mapping): number[] {
	return [
		m.date.column,
		...(m.date.monthColumn === undefined ? [] : [m.date.monthColumn]),
		...(m.place.kind === 'fixed' ? [] : [m.place.column]),
		...(m.place.kind === 'county-name' && m.place.stateColumn !== undefined
			? [m.place.stateColumn]
			: []),
		m.value.column
	];
}

/** The state a county name lies in when its cell does not say: its row's state cell, or the file's. */
function stateOf(m: Mapping, cell: (i: number) => string): string | undefined {
	if (m.place.kind !== 'county-name') return undefined;
	return m.place.stateColumn === undefined ? m.place.state : cell(m.place.stateColumn);
}

/** One row of a user's file, read through the mapping. */
export function mapRow(
	cells: readonly string[],
	row: number,
	m: Mapping,
	header: readonly string[],
	g: Places
): MappedRow {
	const fail = (role: Role, col: number, reason: string, hint: string): MappedRow => ({
		problem: { row, role, column: columnName(header, col), found: cells[col] ?? '', reason, hint }
	});
	if (cells.length > header.length)
		return {
			problem: {
				row,
				role: 'row',
				column: '',
				found: `${cells.length} values`,
				reason: `the row has ${cells.length} values but the header names ${header.length} columns`,
				hint: HINTS.row
			}
		};
	const cell = (i: number) => cells[i] ?? '';
	const date =
		m.date.monthColumn === undefined
			? readPeriod(cell(m.date.column), m.date.kind, m.date.order)
			: readYearAndMonth(cell(m.date.column), cell(m.date.monthColumn));
	if ('problem' in date) return fail('date', m.date.column, date.problem, HINTS.date);
	let geo = m.place.kind === 'fixed' ? m.place.geo : '';
	if (m.place.kind !== 'fixed') {
		const place = readPlace(cell(m.place.column), m.place.kind, g, stateOf(m, cell));
		if ('problem' in place)
			return fail('place', m.place.column, place.problem, place.hint ?? PLACE_HINTS[m.place.kind]);
		geo = place.geo;
	}
	const value = readValue(cell(m.value.column), m.value.kind);
	if ('problem' in value) return fail('value', m.value.column, value.problem, HINTS.value);
	const point: Point =
		value.value === null
			? { period: date.period, ...value }
			: { period: date.period, value: value.value, status: m.status };
	return { geo, point };
}
