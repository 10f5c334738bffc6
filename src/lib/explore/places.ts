/**
 * Reading the place cell of a user's file into the dashboard's geo codes: USPS
 * codes ('OH', 'US', 'YC'), or 5-digit county FIPS codes. State names and FIPS
 * codes are matched through the project's geography (data/regions.csv), county
 * names through the Census Bureau's (county-match.ts, loaded only for a file
 * that needs them), never a table of our own.
 */
import type { Geography } from '../domain/geo';
import type { CountyIndex } from './county-match';

export type PlaceKind = 'usps' | 'state-fips' | 'county-fips' | 'name' | 'county-name';

/** A problem may say what to do about it; otherwise the kind's general advice applies. */
export type PlaceRead = { geo: string } | { problem: string; hint?: string };

/** The geography, and the county names once /explore has loaded them. */
export interface Places extends Geography {
	counties?: CountyIndex;
}

export const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
	usps: 'Two-letter state code (OH)',
	'state-fips': 'State FIPS code (39)',
	'county-fips': 'County FIPS code (39035)',
	name: 'State name (Ohio)',
	'county-name': 'County name (Franklin County, OH)'
};

/** Names compared without case, accents, punctuation or extra spaces. */
export function placeKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.replace(/^state of /, '');
}

/** Whole numbers saved by a spreadsheet as 39.0 lose the decimals here. */
const digits = (t: string) => /^\d+$/.exec(t.replace(/\.0+$/, ''))?.[0];

function readUsps(t: string, g: Geography): PlaceRead {
	const code = t.toUpperCase();
	if (code === 'US' || g.byCode.has(code)) return { geo: code };
	return {
		problem: /^[A-Z]{2}$/.test(code)
			? `${code} is not a US state code`
			: 'this is not a two-letter state code'
	};
}

function readStateFips(t: string, g: Geography): PlaceRead {
	const d = digits(t);
	if (!d || d.length > 2)
		return { problem: 'this is not a state FIPS code (1 or 2 digits, such as 39 for Ohio)' };
	const fips = d.padStart(2, '0');
	if (fips === '00') return { geo: 'US' };
	const j = g.byFips.get(fips);
	return j ? { geo: j.code } : { problem: `${fips} is not a state FIPS code` };
}

function readCountyFips(t: string, g: Geography): PlaceRead {
	const d = digits(t);
	// 4 digits: a spreadsheet dropped the leading zero of a state below 10
	if (!d || d.length < 4 || d.length > 5)
		return { problem: 'this is not a 5-digit county FIPS code (such as 39035)' };
	const fips = d.padStart(5, '0');
	const state = g.byFips.get(fips.slice(0, 2));
	if (!state) return { problem: `${fips} does not start with a state FIPS code` };
	// Census writes a state's own row as county 000
	return { geo: fips.endsWith('000') ? state.code : fips };
}

function nameIndex(g: Geography): Map<string, string> {
	const index = new Map<string, string>([[placeKey('United States'), 'US']]);
	for (const j of g.jurisdictions) index.set(placeKey(j.name), j.code);
	return index;
}
const indexes = new WeakMap<Geography, Map<string, string>>();

function readName(t: string, g: Geography): PlaceRead {
	let index = indexes.get(g);
	if (!index) indexes.set(g, (index = nameIndex(g)));
	const code = index.get(placeKey(t));
	if (code) return { geo: code };
	const usps = readUsps(t, g);
	return 'geo' in usps ? usps : { problem: `“${t}” is not the name of a US state` };
}

function readCountyName(t: string, g: Places, inState?: string): PlaceRead {
	if (!g.counties)
		return {
			problem: 'the list of county names is not loaded',
			hint: 'Wait for it to load, or use 5-digit county FIPS codes such as 39049.'
		};
	return g.counties.read(t, inState);
}

const READERS: Record<PlaceKind, (t: string, g: Places, inState?: string) => PlaceRead> = {
	usps: readUsps,
	'state-fips': readStateFips,
	'county-fips': readCountyFips,
	name: readName,
	'county-name': readCountyName
};

/** `inState`: for a county name, its state when the cell does not say (another column, or the file's). */
export function readPlace(cell: string, kind: PlaceKind, g: Places, inState?: string): PlaceRead {
	const t = cell.trim();
	if (t === '') return { problem: 'the place is blank' };
	return READERS[kind](t, g, inState);
}

/** A place typed by the person for a whole file: a code, a FIPS code or a name. */
export function readAnyPlace(text: string, g: Geography): PlaceRead {
	const t = text.trim();
	if (t === '') return { problem: 'no place given' };
	if (/^[A-Za-z]{2}$/.test(t)) return readUsps(t, g);
	const d = digits(t);
	if (d) return d.length <= 2 ? readStateFips(t, g) : readCountyFips(t, g);
	return readName(t, g);
}

/**
 * Which kind of place code a column holds, judged from sample cells (most
 * must read). Numbers are taken for FIPS codes only in a column named like a
 * place: a column of counts such as 12, 15, 20 reads as FIPS codes too.
 */
export function guessPlaceKind(
	cells: readonly string[],
	g: Places,
	namedLikePlace = false
): PlaceKind | null {
	const filled = cells.map((c) => c.trim()).filter(Boolean);
	if (!filled.length) return null;
	const order: PlaceKind[] = namedLikePlace
		? ['usps', 'county-fips', 'state-fips', 'name', 'county-name']
		: ['usps', 'name', 'county-name'];
	for (const kind of order) {
		// a county name is one when it names a county somewhere, whatever the state
		const reads = (c: string) =>
			kind === 'county-name'
				? (g.counties?.candidates(c.split(',')[0]!).length ?? 0) > 0
				: 'geo' in readPlace(c, kind, g);
		const read = filled.filter(reads).length;
		// a column of numbers: 4–5 digits are counties, 1–2 digits states
		if (kind === 'county-fips' && filled.some((c) => (digits(c)?.length ?? 0) <= 2)) continue;
		if (read / filled.length >= 0.6) return kind;
	}
	return null;
}
