/**
 * Reading places out of official files through the project's geography
 * (data/regions.csv), never through a table of an adapter's own: a state
 * FIPS code or a state's full name becomes its USPS code, and a cell that is
 * neither raises a SourceError naming file, row and column.
 */
import type { Geography } from '../domain/geo';
import { shown, type CellContext } from './cells';
import { SourceError } from './types';

const byName = new WeakMap<Geography, Map<string, string>>();

function names(geo: Geography): Map<string, string> {
	let m = byName.get(geo);
	if (!m) {
		m = new Map(geo.jurisdictions.filter((j) => j.fips).map((j) => [j.name.toLowerCase(), j.code]));
		byName.set(geo, m);
	}
	return m;
}

/** USPS code of a state (or DC, PR) by its full name, or undefined. */
export function stateCodeByName(geo: Geography, name: string): string | undefined {
	return names(geo).get(name.trim().toLowerCase());
}

/** USPS code of a state (or DC, PR) by its FIPS code: '01', '1' and 1 all read Alabama. */
export function stateCodeByFips(geo: Geography, fips: string): string | undefined {
	const t = fips.trim();
	if (!/^\d{1,2}$/.test(t)) return undefined;
	return geo.byFips.get(t.padStart(2, '0'))?.code;
}

/** A state FIPS cell; throws when it is not a known state's code. */
export function readStateFips(geo: Geography, cell: string | undefined, at: CellContext): string {
	const code = stateCodeByFips(geo, cell ?? '');
	if (!code)
		throw new SourceError(
			at.file,
			at.row,
			at.column,
			'the FIPS code of a US state, DC or Puerto Rico',
			shown(cell ?? '')
		);
	return code;
}

/** A state name cell; throws when it is not a known state's name. */
export function readStateName(geo: Geography, cell: string | undefined, at: CellContext): string {
	const code = stateCodeByName(geo, cell ?? '');
	if (!code)
		throw new SourceError(
			at.file,
			at.row,
			at.column,
			'the name of a US state, DC or Puerto Rico',
			shown(cell ?? '')
		);
	return code;
}

/**
 * Throws when two columns of one row name different states: `code` read from
 * column `by` (a FIPS code), and `other` (the state another cell names, or
 * undefined when it names none), read from `cell` at `at`.
 */
export function expectSameState(
	code: string,
	by: string,
	other: string | undefined,
	cell: string,
	at: CellContext
): void {
	if (code !== other)
		throw new SourceError(
			at.file,
			at.row,
			at.column,
			`the state that ${by} names (${code})`,
			shown(cell)
		);
}
