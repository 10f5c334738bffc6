/**
 * CDC NCHS — Drug Poisoning Mortality by State: United States, 1999–2015
 * (data.cdc.gov jx6g-fdh6). Final data.
 *
 * Grain: one row per year × place × sex × age group × race and Hispanic
 * origin. Totals (Both Sexes, All Ages, All Races-All Origins) exist for the
 * 50 states, DC and the United States; the demographic breakdowns exist for
 * the United States only and are left out here, counted. Deaths are drug
 * poisonings of every intent (underlying cause X40–X44, X60–X64, X85,
 * Y10–Y14), all drugs together. Quirks: `State Crude Rate in Range` is a map
 * legend bin written with an en dash ("1.8–7"); it is checked, not kept, so a
 * file re-saved in another encoding is refused rather than read wrongly.
 */
import { columns, readCount, readNumber, readYear, shown, type CellContext } from '../cells';
import { SeriesBuilder } from '../series-builder';
import { FileTally } from '../file-tally';
import { SourceError, type CsvAdapter, type RowSink } from '../types';
import type { Point } from '../../domain/series';

const COLUMNS = [
	'Year',
	'Sex',
	'Age',
	'Race and Hispanic Origin',
	'State',
	'Deaths',
	'Population',
	'Crude Death Rate',
	'Age-adjusted Rate',
	'State Crude Rate in Range'
] as const;
type Column = (typeof COLUMNS)[number];

/** Each demographic column: its total, and the breakdown values the file is known to hold. */
const DIMENSIONS: readonly [Column, string, RegExp][] = [
	['Sex', 'Both Sexes', /^(Female|Male)$/],
	['Age', 'All Ages', /^(Less than 15 years|\d+-\d+ years|75\+ years)$/],
	['Race and Hispanic Origin', 'All Races-All Origins', /^(Hispanic|Non-Hispanic (Black|White))$/]
];

const UNRELIABLE = 'NCHS flags this rate as unreliable: it is based on 20 or fewer deaths.';
const PER_100K = 'deaths per 100,000 people';
const SERIES = {
	deaths: { measure: 'deaths.all-drugs', unit: 'deaths in the calendar year' },
	population: { measure: 'population', unit: 'people (the population NCHS used for its rates)' },
	crude: { measure: 'rate.deaths.all-drugs.crude', unit: PER_100K },
	adjusted: {
		measure: 'rate.deaths.all-drugs.age-adjusted',
		unit: `${PER_100K}, age-adjusted to the 2000 US standard population`
	}
};

export const cdcNchsFinal: CsvAdapter = {
	id: 'cdc-nchs-final',
	title: 'NCHS Drug Poisoning Mortality by State: United States, 1999–2015',
	publisher: 'CDC National Center for Health Statistics',
	url: 'https://data.cdc.gov/NCHS/NCHS-Drug-Poisoning-Mortality-by-State-United-Stat/jx6g-fdh6',
	downloads: [
		{
			url: 'https://data.cdc.gov/api/views/jx6g-fdh6/rows.csv?accessType=DOWNLOAD',
			name: 'NCHS_Drug_Poisoning_Mortality_by_State_United_States.csv'
		}
	],
	license: 'Public domain (US federal government work)',
	caveats: [
		'Final counts of drug poisoning (overdose) deaths of every intent — unintentional, suicide, homicide and undetermined — in each calendar year from 1999 to 2015; the long-run picture before CDC’s provisional VSRR counts begin in 2015.',
		'All drugs together: this file does not say which drugs were involved.',
		'Age-adjusted rates use the 2000 US standard population and differ from crude rates (deaths ÷ population × 100,000); each chart says which it shows.',
		'NCHS flags rates based on 20 or fewer deaths as unreliable.',
		'Rates for some states and years may be low because death investigations were unresolved or causes were misclassified; NCHS names New Jersey in 2009 and West Virginia in 2005 and 2009.',
		'The file also breaks the US total down by sex, age group and race and Hispanic origin; those rows are left out here.'
	],
	combine: 'newest-release',
	headers: [COLUMNS],
	open(header, file, ctx): RowSink {
		const col = columns(header, COLUMNS, file);
		const codeOf = new Map(ctx.geography.jurisdictions.map((j) => [j.name, j.code]));
		codeOf.set('United States', 'US');
		const out = new SeriesBuilder(this.id, file);
		const tally = new FileTally();
		return {
			row(cells, row) {
				const at = (column: Column): CellContext => ({ file, row, column });
				const get = (column: Column) => (cells[col[column]] ?? '').trim();
				const fail = (column: Column, expected: string) =>
					new SourceError(file, row, column, expected, shown(get(column)));
				checkRange(get('State Crude Rate in Range'), () =>
					fail('State Crude Rate in Range', 'a range such as "1.8–7" written with an en dash')
				);
				const breakdowns = DIMENSIONS.filter(([c, total, known]) => {
					if (get(c) === total) return false;
					if (!known.test(get(c))) throw fail(c, `"${total}" or a ${c.toLowerCase()} group`);
					return true;
				});
				if (breakdowns.length)
					return tally.skip(
						'a breakdown by sex, age group or race and Hispanic origin (the dashboard keeps totals)',
						row
					);
				const geo = codeOf.get(get('State'));
				if (!geo) throw fail('State', 'a state name, "District of Columbia" or "United States"');
				const period = String(readYear(get('Year'), at('Year')));
				tally.saw(period);
				const deaths = required(readCount(get('Deaths'), at('Deaths')), at('Deaths'));
				const population = required(
					readCount(get('Population'), at('Population')),
					at('Population')
				);
				const rate = (column: Column): Point => {
					const value = readNumber(get(column), at(column));
					if (value === null)
						return { period, value, status: 'missing', note: 'No rate in the NCHS file.' };
					return { period, value, status: 'final', ...(deaths <= 20 ? { note: UNRELIABLE } : {}) };
				};
				const add = (key: { measure: string; unit: string }, p: Point) =>
					out.add({ ...key, geo }, p, row);
				if (add(SERIES.deaths, { period, value: deaths, status: 'final' }))
					return tally.duplicate(row);
				add(SERIES.population, { period, value: population, status: 'final' });
				add(SERIES.crude, rate('Crude Death Rate'));
				add(SERIES.adjusted, rate('Age-adjusted Rate'));
			},
			end: () => tally.result(out.build())
		};
	}
};

/** The legend bin is blank for breakdown rows, otherwise "low–high" with an en dash. */
function checkRange(cell: string, fail: () => SourceError): void {
	if (cell !== '' && !/^\d+(\.\d+)?\u2013\d+(\.\d+)?$/.test(cell)) throw fail();
}

function required(n: number | null, at: CellContext): number {
	if (n === null) throw new SourceError(at.file, at.row, at.column, 'a number', 'an empty cell');
	return n;
}
