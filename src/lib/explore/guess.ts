/**
 * A first guess at the mapping, from the column names and the sample rows, so
 * that a tidy file needs only a glance and a click. The person checks it in
 * the preview and changes what is wrong.
 */
import { readPeriod, type DateKind, type DateOrder } from './dates';
import type { Inspection } from './inspect';
import type { Mapping } from './mapping';
import { guessPlaceKind, readPlace, type Places } from './places';
import { valueShare } from './values';

const cellsOf = (sample: readonly string[][], i: number) => sample.map((r) => r[i] ?? '');
const share = (cells: readonly string[], ok: (c: string) => boolean) => {
	const filled = cells.filter((c) => c.trim() !== '');
	return filled.length ? filled.filter(ok).length / filled.length : 0;
};

/** Day-first when some date's first number cannot be a month. */
export function guessOrder(cells: readonly string[]): DateOrder {
	const dayFirst = cells.some((c) => {
		const m = /^(\d{1,2})[-/.](\d{1,2})[-/.]\d{2,4}/.exec(c.trim());
		return m !== null && Number(m[1]) > 12 && Number(m[2]) <= 12;
	});
	return dayFirst ? 'day-first' : 'month-first';
}

export function guessDateKind(cells: readonly string[], order: DateOrder): DateKind | null {
	// a plain month also reads as the end of a 12-month window: only words or ranges say so
	const windows = cells.some((c) => /ending|–|\bto\b/i.test(c));
	const kinds: DateKind[] = windows ? ['twelve-month-ending'] : ['year', 'month'];
	for (const kind of kinds)
		if (share(cells, (c) => 'period' in readPeriod(c, kind, order)) >= 0.8) return kind;
	return null;
}

interface DateGuess {
	column: number;
	kind: DateKind;
	order: DateOrder;
	monthColumn?: number;
}

function guessDate(header: readonly string[], sample: readonly string[][]): DateGuess {
	const byName = (re: RegExp) => header.findIndex((h) => re.test(h.trim()));
	for (let i = 0; i < header.length; i++) {
		const cells = cellsOf(sample, i);
		const order = guessOrder(cells);
		const kind = guessDateKind(cells, order);
		if (!kind) continue;
		// a year column beside a month column: read them together
		const month = byName(/^month$/i);
		if (kind === 'year' && month >= 0 && share(cellsOf(sample, month), (c) => c.trim() !== ''))
			return { column: i, kind: 'month', order, monthColumn: month };
		return { column: i, kind, order };
	}
	const named = byName(/date|month|period|year|time/i);
	return { column: Math.max(named, 0), kind: 'month', order: 'month-first' };
}

const PLACE_NAME = /state|place|fips|geo|jurisdiction|county|location|area|region/i;
/** Cells that name counties whatever the header says ("Franklin County", "Orleans Parish"). */
const COUNTY_WORDS = /\b(county|parish|borough|census area|municipality)\b/i;

function guessValue(header: readonly string[], sample: readonly string[][], taken: Set<number>) {
	let best = -1;
	let bestShare = 0;
	for (let i = header.length - 1; i >= 0; i--) {
		if (taken.has(i)) continue;
		const s = valueShare(cellsOf(sample, i));
		if (
			s > bestShare ||
			(s === bestShare && best >= 0 && /count|value|death|number|total/i.test(header[i]!))
		)
			[best, bestShare] = [i, s];
	}
	return best >= 0 ? best : header.findIndex((_, i) => !taken.has(i));
}

/** Where a county name's state is: in the cell, in a column of states, or one state for all. */
function guessCountyState(
	header: readonly string[],
	sample: readonly string[][],
	column: number,
	taken: ReadonlySet<number>,
	g: Places
): { stateColumn?: number; state?: string } {
	const cells = cellsOf(sample, column).filter((c) => c.trim() !== '');
	if (share(cells, (c) => c.includes(',')) >= 0.6) return {};
	const states = header
		.map((h, i) => ({ i, named: /state/i.test(h) }))
		.filter((c) => c.i !== column && !taken.has(c.i))
		.sort((a, b) => Number(b.named) - Number(a.named))
		.find((c) => ['usps', 'name'].includes(guessPlaceKind(cellsOf(sample, c.i), g) ?? ''));
	if (states) return { stateColumn: states.i };
	// a file of one state's counties: the one state that has every name
	const fits = new Map<string, number>();
	for (const c of cells)
		for (const s of new Set(g.counties?.candidates(c).map((x) => x.state)))
			fits.set(s, (fits.get(s) ?? 0) + 1);
	const everyName = [...fits].filter(([, n]) => n === cells.length);
	return everyName.length === 1 ? { state: everyName[0]![0] } : {};
}

function guessPlace(
	header: readonly string[],
	sample: readonly string[][],
	taken: ReadonlySet<number>,
	g: Places
): Mapping['place'] {
	const candidates = header
		.map((h, i) => ({ i, named: PLACE_NAME.test(h) }))
		.filter((c) => !taken.has(c.i))
		.sort((a, b) => Number(b.named) - Number(a.named));
	for (const c of candidates) {
		const kind = guessPlaceKind(cellsOf(sample, c.i), g, c.named);
		if (kind === 'county-name')
			return { kind, column: c.i, ...guessCountyState(header, sample, c.i, taken, g) };
		if (kind) return { kind, column: c.i };
	}
	// a column named like a place whose cells do not read yet: the preview will show why
	const named = candidates.find(
		(c) =>
			(c.named || share(cellsOf(sample, c.i), (x) => COUNTY_WORDS.test(x)) >= 0.6) &&
			valueShare(cellsOf(sample, c.i)) < 0.5
	);
	return named ? { kind: 'name', column: named.i } : { kind: 'fixed', geo: 'US' };
}

/**
 * A place column whose cells are neither codes nor state names may hold
 * county names, which are loaded only then (they are not needed otherwise).
 */
export function mayHoldCountyNames(inspection: Inspection, m: Mapping, g: Places): boolean {
	if (m.place.kind !== 'name' || g.counties) return false;
	const cells = cellsOf(inspection.sample, m.place.column);
	return share(cells, (c) => 'geo' in readPlace(c, 'name', g)) < 0.6;
}

export function guessMapping(inspection: Inspection, g: Places): Mapping {
	const { header, sample } = inspection;
	const date = guessDate(header, sample);
	const taken = new Set([
		date.column,
		...(date.monthColumn === undefined ? [] : [date.monthColumn])
	]);
	const place = guessPlace(header, sample, taken, g);
	if (place.kind !== 'fixed') taken.add(place.column);
	if (place.kind === 'county-name' && place.stateColumn !== undefined) taken.add(place.stateColumn);
	const value = guessValue(header, sample, taken);
	const valueName = (header[value] ?? '').trim();
	const counts = cellsOf(sample, value).every((c) => !/[.%]/.test(c));
	return {
		headerRow: inspection.headerRow,
		date,
		place,
		value: { column: Math.max(value, 0), kind: counts ? 'count' : 'rate' },
		unit: valueName.toLowerCase() || 'count',
		label: valueName || 'Your data',
		status: 'provisional'
	};
}
