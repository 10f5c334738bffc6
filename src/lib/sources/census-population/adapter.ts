/**
 * Census Bureau Population Estimates Program: resident population on July 1
 * (POPESTIMATEyyyy), the denominator of every per-100,000 rate.
 *
 * Three official files share one layout idea: the state totals of a vintage
 * (NST-EST…-ALLDATA: US, regions, divisions, states, DC, Puerto Rico) and the
 * county file (CO-EST…-ALLDATA: states and counties, Latin-1 encoded, so
 * "Doña Ana County" is byte 0xF1; the pipeline's reader falls back to
 * Latin-1). Codes are zero-padded strings. Each vintage rests on one census:
 * Vintage 2019 (2010–2019) on the 2010 Census, Vintage 2024 (2020–2024) on the
 * 2020 Census, so the series breaks between 2019 and 2020 and the points on
 * either side say so. Region and division rows are left out, counted: the
 * dashboard adds up its own regions from states. Puerto Rico is not in the US
 * total. Connecticut's counties are its nine planning regions since 2022.
 */
import { columns, readCount, shown } from '../cells';
import { readStateFips } from '../places';
import { SeriesBuilder } from '../series-builder';
import { FileTally } from '../file-tally';
import { SourceError, type CsvAdapter, type ReadContext, type RowSink } from '../types';
import type { CountyName } from '../../domain/county-names';

export const UNIT_PEOPLE = 'people (July 1 estimate)';

const STATES = ['SUMLEV', 'REGION', 'DIVISION', 'STATE', 'NAME'] as const;
export const COUNTIES = [
	'SUMLEV',
	'REGION',
	'DIVISION',
	'STATE',
	'COUNTY',
	'STNAME',
	'CTYNAME'
] as const;

/**
 * A county row (SUMLEV 050) of the county file: its 5-digit FIPS code, its
 * state's USPS code and its name, checked. Shared with county-names.ts.
 */
export function readCounty(
	cells: readonly string[],
	at: Record<(typeof COUNTIES)[number], number>,
	ctx: ReadContext,
	file: string,
	row: number
): CountyName {
	const here = (column: string) => ({ file, row, column });
	const state = readStateFips(ctx.geography, cells[at.STATE], here('STATE'));
	const fips = `${cells[at.STATE]!.trim()}${(cells[at.COUNTY] ?? '').trim()}`;
	if (!/^\d{5}$/.test(fips))
		throw new SourceError(file, row, 'COUNTY', 'a 3-digit county code', shown(fips));
	// A name decoded with the wrong encoding ("Do�a Ana") means the whole file is misread.
	const name = (cells[at.CTYNAME] ?? '').trim();
	if (name.includes('\uFFFD'))
		throw new SourceError(
			file,
			row,
			'CTYNAME',
			'a county name in the file’s encoding (Census county files are Latin-1)',
			shown(name)
		);
	return { fips, state, name };
}

const LEVELS: Record<string, string | undefined> = {
	'020': 'a census region total: regions are added up from their states',
	'030': 'a census division total: divisions are added up from their states'
};

/** The census a vintage rests on (ESTIMATESBASE2010 -> 2010) and its July 1 columns. */
export function yearColumns(header: readonly string[], file: string) {
	const clean = header.map((h) => h.replace(/^\uFEFF/, '').trim());
	const base = clean.map((h) => /^ESTIMATESBASE(\d{4})$/.exec(h)?.[1]).find(Boolean);
	const years = clean.flatMap((h, i) => {
		const y = /^POPESTIMATE(\d{4})$/.exec(h)?.[1];
		return y ? [{ year: Number(y), index: i, column: h }] : [];
	});
	if (!base || !years.length)
		throw new SourceError(
			file,
			1,
			base ? 'POPESTIMATE2020' : 'ESTIMATESBASE2020',
			'an ESTIMATESBASEyyyy column and POPESTIMATEyyyy columns (the July 1 estimates)',
			'a header without them'
		);
	return { base: Number(base), years };
}

/** Where the 2020 Census base meets the 2010 one, the point says so. */
export function breakNote(base: number, vintage: number, year: number): string | undefined {
	if (year === base && base >= 2020)
		return `Vintage ${vintage} estimate, based on the ${base} Census. Estimates for ${base - 1} and earlier rest on the ${base - 10} Census, so the change from ${base - 1} to ${base} is partly a change of base, not only of population.`;
	if (year === base + 9)
		return `Vintage ${vintage} estimate, based on the ${base} Census. From ${base + 10} the estimates rest on the ${base + 10} Census: the series breaks here.`;
	return undefined;
}

export const censusPopulation: CsvAdapter = {
	id: 'census-population',
	title: 'Population Estimates (July 1)',
	publisher: 'U.S. Census Bureau, Population Estimates Program',
	url: 'https://www.census.gov/programs-surveys/popest.html',
	downloads: [
		{
			url: 'https://www2.census.gov/programs-surveys/popest/datasets/2010-2019/national/totals/nst-est2019-alldata.csv',
			name: 'nst-est2019-alldata.csv'
		},
		{
			url: 'https://www2.census.gov/programs-surveys/popest/datasets/2020-2024/state/totals/NST-EST2024-ALLDATA.csv',
			name: 'NST-EST2024-ALLDATA.csv'
		},
		{
			url: 'https://www2.census.gov/programs-surveys/popest/datasets/2020-2024/counties/totals/co-est2024-alldata.csv',
			name: 'co-est2024-alldata.csv'
		}
	],
	license: 'Public domain (US federal government work)',
	caveats: [
		'Population is the Census Bureau’s estimate of residents on July 1 of each year.',
		'The series breaks at 2020: estimates for 2010–2019 (Vintage 2019) rest on the 2010 Census, estimates from 2020 (Vintage 2024) on the 2020 Census. Part of the change from 2019 to 2020 comes from the new base, not from people moving, being born or dying.',
		'There is no estimate for 2025 yet: rates for 2025 use the 2024 population, and say so.',
		'The US total covers the 50 states and DC; Puerto Rico is shown apart.',
		'Connecticut’s county-level areas are its nine planning regions, which replaced its eight counties in Census data from 2022.'
	],
	combine: 'concat',
	headers: [COUNTIES, STATES],
	open(header, file, ctx): RowSink {
		const isCounty = header.some((h) => h.trim() === 'CTYNAME');
		const at = isCounty ? columns(header, COUNTIES, file) : columns(header, STATES, file);
		const { base, years } = yearColumns(header, file);
		const vintage = Math.max(...years.map((y) => y.year));
		const out = new SeriesBuilder(this.id, file);
		const tally = new FileTally();

		const geoOf = (cells: readonly string[], row: number): string | null => {
			const level = (cells[at.SUMLEV] ?? '').trim();
			const here = (column: string) => ({ file, row, column });
			if (level === '010') return 'US';
			if (level === '040') return readStateFips(ctx.geography, cells[at.STATE], here('STATE'));
			if (level === '050' && 'COUNTY' in at) return readCounty(cells, at, ctx, file, row).fips;
			const reason = LEVELS[level];
			if (reason) {
				tally.skip(reason, row);
				return null;
			}
			throw new SourceError(
				file,
				row,
				'SUMLEV',
				'a summary level 010 (nation), 020 (region), 030 (division), 040 (state) or 050 (county)',
				shown(level)
			);
		};

		return {
			row(cells, row) {
				const geo = geoOf(cells, row);
				if (!geo) return;
				let duplicate = false;
				for (const { year, index, column } of years) {
					const value = readCount(cells[index], { file, row, column });
					const note = breakNote(base, vintage, year);
					duplicate = out.add(
						{ measure: 'population', geo, unit: UNIT_PEOPLE },
						value === null
							? { period: String(year), value: null, status: 'missing' }
							: { period: String(year), value, status: 'final', ...(note ? { note } : {}) },
						row
					);
				}
				if (duplicate) tally.duplicate(row);
			},
			end() {
				tally.release = String(vintage);
				return tally.result(out.build());
			}
		};
	}
};
