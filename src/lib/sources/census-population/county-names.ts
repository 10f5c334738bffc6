/**
 * The names of the counties in a Census county population file
 * (co-est…-alldata.csv: STATE, COUNTY, CTYNAME), for /explore to read county
 * names in a person's own file. The county rows are checked as the adapter
 * checks them (readCounty); state rows are passed over. Any other Census
 * file (the state totals) has no county names: null.
 */
import type { CountyName } from '../../domain/county-names';
import { columns, shown } from '../cells';
import { SourceError, type ReadContext } from '../types';
import { COUNTIES, readCounty, yearColumns } from './adapter';

export interface CountyNamesRead {
	counties: CountyName[];
	/** the vintage: the last year estimated (2024) */
	vintage: number;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** `rows` as parsed, header first. */
export function readCountyNames(
	rows: readonly (readonly string[])[],
	file: string,
	ctx: ReadContext
): CountyNamesRead | null {
	const header = rows[0] ?? [];
	if (!header.some((h) => h.trim() === 'CTYNAME')) return null;
	const at = columns(header, COUNTIES, file);
	const vintage = Math.max(...yearColumns(header, file).years.map((y) => y.year));
	const counties: CountyName[] = [];
	const seen = new Set<string>();
	rows.forEach((cells, i) => {
		const row = i + 1;
		if (i === 0 || isBlank(cells) || cells[at.SUMLEV]?.trim() !== '050') return;
		const county = readCounty(cells, at, ctx, file, row);
		if (!county.name)
			throw new SourceError(file, row, 'CTYNAME', 'the county’s name', shown(county.name));
		if (seen.has(county.fips))
			throw new SourceError(file, row, 'COUNTY', 'each county once', `${county.fips} again`);
		seen.add(county.fips);
		counties.push(county);
	});
	if (!counties.length)
		throw new SourceError(file, null, 'SUMLEV', 'county rows (SUMLEV 050)', 'none');
	return { counties, vintage };
}
