/**
 * Reading county names in a person's file ("Franklin County, OH", "Franklin
 * County, Ohio", "Franklin" with the state given apart) into 5-digit FIPS
 * codes, through the Census Bureau's own names (county-names.json), never a
 * table of our own.
 *
 * A name matches a county when it is the official name ("Orleans Parish",
 * "Baltimore city", "Anchorage Municipality") or the official name without
 * its last word of kind ("Orleans", "Anchorage"), compared without case,
 * accents, punctuation or spaces ("DeKalb" = "De Kalb"). "Saint" and
 * "Sainte" read as the "St." and "Ste." every official name uses (none is
 * written "Saint"). A name that fits several counties (Baltimore County and
 * Baltimore city; Franklin County in 24 states) is never guessed: the row
 * says which counties it could be and what to write instead.
 */
import type { CountyName } from '../domain/county-names';
import type { Geography } from '../domain/geo';
import { placeKey, readAnyPlace, type PlaceRead } from './places';

/** The kinds of county a name may end with, longest first ("City and Borough" before "Borough"). */
const KINDS = [
	'city and borough',
	'census area',
	'planning region',
	'municipality',
	'borough',
	'county',
	'parish',
	'city'
];
const KIND_END = new RegExp(` (${KINDS.join('|')})$`);

/** The words of a name, as compared: 'Saint Mary’s County' -> 'st mary s county'. */
const words = (name: string) =>
	placeKey(name)
		.replace(/\bsaint\b/g, 'st')
		.replace(/\bsainte\b/g, 'ste');
const squeeze = (w: string) => w.replace(/ /g, '');

/** Keys a county is found by: its full name and its name without the kind. */
function keysOf(name: string): string[] {
	const w = words(name);
	const short = w.replace(KIND_END, '');
	return short && short !== w ? [squeeze(w), squeeze(short)] : [squeeze(w)];
}

type Candidates = Map<string, CountyName[]>;

function add(map: Candidates, key: string, c: CountyName) {
	const list = map.get(key);
	if (!list) map.set(key, [c]);
	else if (!list.includes(c)) list.push(c);
}

export class CountyIndex {
	private readonly anywhere: Candidates = new Map();
	private readonly inState = new Map<string, Candidates>();
	readonly byFips: ReadonlyMap<string, CountyName>;

	constructor(
		counties: readonly CountyName[],
		private readonly g: Geography
	) {
		for (const c of counties) {
			let state = this.inState.get(c.state);
			if (!state) this.inState.set(c.state, (state = new Map()));
			for (const key of keysOf(c.name)) {
				add(this.anywhere, key, c);
				add(state, key, c);
			}
		}
		this.byFips = new Map(counties.map((c) => [c.fips, c]));
	}

	/** The counties a name could be, in a state when one is known. */
	candidates(name: string, state?: string): CountyName[] {
		const key = squeeze(words(name));
		return (state ? this.inState.get(state) : this.anywhere)?.get(key) ?? [];
	}

	stateName(code: string): string {
		return this.g.byCode.get(code)?.name ?? code;
	}

	/** 'Franklin County, Ohio' for 39049. */
	label(c: CountyName): string {
		return `${c.name}, ${this.stateName(c.state)}`;
	}

	/**
	 * One cell: "name, state" or a name alone, with `inState` (a state code or
	 * name from another column, or the state of the whole file) when the cell
	 * does not say.
	 */
	read(cell: string, inState?: string): PlaceRead {
		const comma = cell.lastIndexOf(',');
		const name = (comma < 0 ? cell : cell.slice(0, comma)).trim();
		const stateText = (comma < 0 ? (inState ?? '') : cell.slice(comma + 1)).trim();
		let state: string | undefined;
		if (stateText) {
			state = stateCode(stateText, this.g);
			if (!state)
				return {
					problem: `“${stateText}” is not a US state`,
					hint: 'Write the state as a code such as OH or a name such as Ohio.'
				};
		}
		if (!squeeze(words(name))) return { problem: 'the county’s name is blank' };
		const found = this.candidates(name, state);
		if (found.length === 1) return { geo: found[0]!.fips };
		const where = state ? ` in ${this.stateName(state)}` : '';
		if (!found.length)
			return {
				problem: `“${name}” is not the name of a county${where}`,
				hint: state
					? `Check the spelling against the Census Bureau’s name, such as “Franklin County”.`
					: `Check the spelling, and add the state, such as “Franklin County, OH”.`
			};
		return ambiguous(name, found, this);
	}
}

/** A state code or name (YC, New York City, reads as New York State). */
function stateCode(text: string, g: Geography): string | undefined {
	const read = readAnyPlace(text, g);
	if (!('geo' in read)) return undefined;
	const j = g.byCode.get(read.geo);
	return j?.fips ? j.code : j?.partOf || undefined;
}

const SHOWN = 4;

function ambiguous(name: string, found: readonly CountyName[], index: CountyIndex): PlaceRead {
	const states = new Set(found.map((c) => c.state));
	const listed = found
		.slice(0, SHOWN)
		.map((c) => (states.size > 1 ? `${c.name}, ${c.state}` : c.name))
		.join('; ');
	const more = found.length > SHOWN ? ` and ${found.length - SHOWN} more` : '';
	if (states.size > 1)
		return {
			problem: `“${name}” could be a county in any of ${states.size} states (${listed}${more})`,
			hint: `Add the state, such as “${found[0]!.name}, ${found[0]!.state}”, or choose the column that holds the state above.`
		};
	return {
		problem: `“${name}” could be ${found.length} places in ${index.stateName(found[0]!.state)} (${listed})`,
		hint: `Write the full name, such as ${found.map((c) => `“${c.name}, ${c.state}”`).join(' or ')}.`
	};
}
