/**
 * data/regions.csv read into jurisdictions (and the geography made of them).
 * Apart from geo.ts because it needs papaparse: the site reads the file once,
 * at build time (vite.config.ts), and ships the rows as JSON.
 */
import Papa from 'papaparse';
import { geographyOf, type Geography, type Jurisdiction } from './geo';

export function regionRows(csv: string): Jurisdiction[] {
	const { data } = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
	return data.map((r): Jurisdiction => ({
		fips: r.fips ?? '',
		code: r.code ?? '',
		name: r.name ?? '',
		censusRegion: r.census_region ?? '',
		censusDivision: r.census_division ?? '',
		hhsRegion: r.hhs_region ?? '',
		southwestBorder: r.southwest_border === '1',
		northernBorder: r.northern_border === '1',
		partOf: r.part_of ?? ''
	}));
}

export function parseRegions(csv: string): Geography {
	return geographyOf(regionRows(csv));
}
