/**
 * Geography: states and the regions built from them (census regions and
 * divisions, HHS regions, border groups). The facts live in data/regions.csv
 * with their sources in data/SOURCES.md (read by regions-csv.ts); this module
 * groups them.
 *
 * Everywhere in the normalized data, 'NY' is the whole of New York State. CDC's
 * VSRR files report New York City ('YC') apart from the rest of the state
 * (CDC's 'NY'); the VSRR adapter keeps that part as 'NY-EXCL-NYC' and adds the
 * two up for 'NY', so every dataset joins on the same meaning of 'NY'.
 */
/** CDC VSRR's 'NY': New York State without New York City. */
export const NY_EXCL_NYC = 'NY-EXCL-NYC';

export interface Jurisdiction {
	/** 2-digit state FIPS, '' for New York City */
	fips: string;
	/** USPS code, or CDC's 'YC' for New York City */
	code: string;
	name: string;
	censusRegion: string;
	censusDivision: string;
	hhsRegion: string;
	southwestBorder: boolean;
	northernBorder: boolean;
	/** the state this jurisdiction is part of (YC -> NY) */
	partOf: string;
}

export interface Region {
	/** 'census-south', 'division-pacific', 'hhs-5', 'border-southwest' */
	id: string;
	name: string;
	kind: 'census-region' | 'census-division' | 'hhs-region' | 'border' | 'custom';
	/** state codes whose counts add up to the region */
	members: string[];
}

export interface Geography {
	jurisdictions: Jurisdiction[];
	regions: Region[];
	byCode: Map<string, Jurisdiction>;
	byFips: Map<string, Jurisdiction>;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The geography made of data/regions.csv's rows: each group of states as a region. */
export function geographyOf(jurisdictions: Jurisdiction[]): Geography {
	const group = (
		kind: Region['kind'],
		key: (j: Jurisdiction) => string,
		id: (k: string) => string,
		name: (k: string) => string
	): Region[] => {
		const keys = [...new Set(jurisdictions.map(key).filter(Boolean))];
		return keys.map((k) => ({
			id: id(k),
			name: name(k),
			kind,
			members: jurisdictions.filter((j) => key(j) === k).map((j) => j.code)
		}));
	};
	const regions: Region[] = [
		...group(
			'census-region',
			(j) => j.censusRegion,
			(k) => `census-${slug(k)}`,
			(k) => k
		),
		...group(
			'census-division',
			(j) => j.censusDivision,
			(k) => `division-${slug(k)}`,
			(k) => k
		),
		...group(
			'hhs-region',
			(j) => j.hhsRegion,
			(k) => `hhs-${k}`,
			(k) => `HHS Region ${k}`
		).sort((a, b) => Number(a.id.slice(4)) - Number(b.id.slice(4))),
		...group(
			'border',
			(j) => (j.southwestBorder ? 'southwest' : ''),
			() => 'border-southwest',
			() => 'Southwest border states'
		),
		...group(
			'border',
			(j) => (j.northernBorder ? 'northern' : ''),
			() => 'border-northern',
			() => 'Northern border states'
		)
	];
	return {
		jurisdictions,
		regions,
		byCode: new Map(jurisdictions.map((j) => [j.code, j])),
		byFips: new Map(jurisdictions.filter((j) => j.fips).map((j) => [j.fips, j]))
	};
}

/** The 50 states and DC, the places that make up the US total together with YC. */
export function statesAndDc(geo: Geography): Jurisdiction[] {
	return geo.jurisdictions.filter((j) => j.fips !== '' && j.code !== 'PR');
}

/** A display name for any geo code: 'US', a state, 'YC', or a region id. */
export function geoName(geo: Geography, code: string): string {
	if (code === 'US') return 'United States';
	if (code === 'YC') return 'New York City';
	if (code === NY_EXCL_NYC) return 'New York State excluding New York City';
	return geo.byCode.get(code)?.name ?? geo.regions.find((r) => r.id === code)?.name ?? code;
}

/** A 5-digit county FIPS code ('39035'), as opposed to a state, region or national code. */
export function isCountyFips(geo: string): boolean {
	return /^\d{5}$/.test(geo);
}
