/**
 * static/data/county-names.json: the name of every county (and county
 * equivalent: parish, borough, census area, independent city, planning
 * region) by FIPS code, as the Census Bureau writes it in its county
 * population estimates (CTYNAME). /explore fetches it only to read county
 * names in a person's own file.
 *
 * Grouped by state, columnar: each state's USPS code holds its 2-digit FIPS
 * code, its 3-digit county codes as numbers and the names in the same order.
 * The smallest plain form measured on the Vintage 2024 file (3,144
 * counties): 66 kB, 14 kB gzip, against 21 kB gzip as CSV or as a list of
 * [fips, name, state] triples. (Delta-coded county codes and an implied
 * "County" would save 1–2 kB more, at the cost of a code to decode.)
 */
import * as v from 'valibot';
import { CountyNamesSourceSchema, type CountyNamesSource } from './manifest';

export const COUNTY_NAMES_PATH = 'county-names.json';

export interface CountyName {
	/** 5-digit county FIPS */
	fips: string;
	/** as the Census Bureau writes it: 'Franklin County', 'Baltimore city', 'Orleans Parish' */
	name: string;
	/** USPS code of its state */
	state: string;
}

const StateCountiesSchema = v.pipe(
	v.object({
		fips: v.pipe(v.string(), v.regex(/^\d{2}$/)),
		codes: v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(999))),
		names: v.array(v.pipe(v.string(), v.minLength(1)))
	}),
	v.check((s) => s.codes.length === s.names.length, 'as many names as county codes')
);

export const CountyNamesFileSchema = v.object({
	source: CountyNamesSourceSchema,
	states: v.record(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)), StateCountiesSchema)
});
export type CountyNamesFile = v.InferOutput<typeof CountyNamesFileSchema>;

export function packCountyNames(
	counties: readonly CountyName[],
	source: CountyNamesSource
): CountyNamesFile {
	const states: CountyNamesFile['states'] = {};
	for (const c of [...counties].sort((a, b) => (a.fips < b.fips ? -1 : 1))) {
		const s = (states[c.state] ??= { fips: c.fips.slice(0, 2), codes: [], names: [] });
		s.codes.push(Number(c.fips.slice(2)));
		s.names.push(c.name);
	}
	return { source, states };
}

export function unpackCountyNames(file: CountyNamesFile): CountyName[] {
	return Object.entries(file.states).flatMap(([state, s]) =>
		s.codes.map((code, i) => ({
			fips: `${s.fips}${String(code).padStart(3, '0')}`,
			name: s.names[i]!,
			state
		}))
	);
}

export const parseCountyNames = (value: unknown): CountyNamesFile =>
	v.parse(CountyNamesFileSchema, value);
