/**
 * Reading and changing a mapping from form controls: selects hold column
 * indexes, with -1 for "none" (no month column, no place column).
 */
import type { Mapping } from '$lib/explore/mapping';
import type { PlaceKind } from '$lib/explore/places';

export const NONE = -1;

export function setMonthColumn(m: Mapping, column: number): void {
	if (column === NONE) delete m.date.monthColumn;
	else m.date = { ...m.date, kind: 'month', monthColumn: column };
}

export const placeColumn = (m: Mapping) => (m.place.kind === 'fixed' ? NONE : m.place.column);

export function setPlaceColumn(m: Mapping, column: number, lastKind: PlaceKind): void {
	m.place = column === NONE ? { kind: 'fixed', geo: 'US' } : { kind: lastKind, column };
}

export function setPlaceKind(m: Mapping, kind: PlaceKind): void {
	if (m.place.kind !== 'fixed') m.place = { kind, column: m.place.column };
}

/** Where a county name's state is, as a select's value: '' in the cell, 'column:3', 'state:OH'. */
export function countyState(m: Mapping): string {
	if (m.place.kind !== 'county-name') return '';
	if (m.place.stateColumn !== undefined) return `column:${m.place.stateColumn}`;
	return m.place.state ? `state:${m.place.state}` : '';
}

export function setCountyState(m: Mapping, value: string): void {
	if (m.place.kind !== 'county-name') return;
	const [kind, v] = value.split(':');
	const { column } = m.place;
	m.place =
		kind === 'column'
			? { kind: 'county-name', column, stateColumn: Number(v) }
			: kind === 'state'
				? { kind: 'county-name', column, state: v! }
				: { kind: 'county-name', column };
}
