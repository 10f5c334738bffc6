/**
 * DERIVED, not an official file: state economic indicators a third party
 * (Data-Science-Link/fentanyl-awareness) extracted from the Census Bureau's
 * American Community Survey 5-year API (B19013 median household income,
 * B19301 per-capita income, B23025 employment status) and renamed; it
 * computed `unemployment_rate` itself (unemployed / civilian labor force × 100).
 *
 * Grain: one row per state (DC and Puerto Rico included) and year, where the
 * year is the END of a 5-year ACS window (2023 = 2019–2023). `state_code` is
 * an unpadded FIPS number. These are survey figures, not BLS LAUS
 * unemployment; they stand in because no official BLS state file is at hand.
 */
import { columns, readNumber, readYear, shown } from '../cells';
import { expectSameState, readStateFips, stateCodeByName } from '../places';
import { SeriesBuilder } from '../series-builder';
import { FileTally } from '../file-tally';
import { SourceError, type CsvAdapter, type RowSink } from '../types';

const COLUMNS = [
	'year',
	'state_code',
	'state_name',
	'median_household_income',
	'per_capita_income',
	'unemployment_rate'
] as const;

const MEASURES = [
	{
		column: 'median_household_income',
		measure: 'income.median-household',
		unit: 'US dollars',
		max: Infinity
	},
	{ column: 'per_capita_income', measure: 'income.per-capita', unit: 'US dollars', max: Infinity },
	{
		column: 'unemployment_rate',
		measure: 'share.unemployment',
		unit: '% of the civilian labor force',
		max: 100
	}
] as const;

export const censusStateEconomicDerived: CsvAdapter = {
	id: 'census-state-economic-derived',
	title: 'State income and unemployment from the ACS 5-year estimates (derived)',
	publisher:
		'U.S. Census Bureau ACS 5-year data, extracted by a third party (Data-Science-Link/fentanyl-awareness)',
	url: 'https://www.census.gov/data/developers/data-sets/acs-5year.html',
	license: 'Public domain (US federal government data); extraction by a third party',
	derived: true,
	caveats: [
		'Not an official file: a third party extracted these figures from the Census Bureau’s American Community Survey API and computed the unemployment rate itself (unemployed ÷ civilian labor force × 100).',
		'Each year is the last of a 5-year survey window: “2023” covers 2019–2023, so consecutive years share four years of data and change slowly. The Census Bureau advises comparing windows that do not overlap (2014–2018 with 2019–2023).',
		'This unemployment rate is a survey figure, not the Bureau of Labor Statistics’ official state unemployment rate (LAUS); it stands in because no official BLS file is available here.',
		'Incomes are in dollars of each window’s last year, not adjusted across years.'
	],
	combine: 'newest-release',
	headers: [COLUMNS],
	open(header, file, ctx): RowSink {
		const at = columns(header, COLUMNS, file);
		const out = new SeriesBuilder(this.id, file);
		const tally = new FileTally();

		return {
			row(cells, row) {
				const here = (column: string) => ({ file, row, column });
				const year = readYear(cells[at.year], here('year'));
				const geo = readStateFips(ctx.geography, cells[at.state_code], here('state_code'));
				const name = (cells[at.state_name] ?? '').trim();
				const named = stateCodeByName(ctx.geography, name);
				expectSameState(geo, 'state_code', named, name, here('state_name'));
				const period = String(year);
				tally.saw(period);
				const note = `ACS 5-year estimate, ${year - 4}–${year}.`;
				let dup = false;
				for (const m of MEASURES) {
					const value = readNumber(cells[at[m.column]], here(m.column));
					if (value !== null && (value < 0 || value > m.max))
						throw new SourceError(
							file,
							row,
							m.column,
							m.max === 100 ? 'a percentage from 0 to 100' : 'an amount of 0 or more',
							shown(cells[at[m.column]] ?? '')
						);
					dup = out.add(
						{ measure: m.measure, geo, unit: m.unit },
						value === null
							? { period, value: null, status: 'missing', note: `${note} No value in the file.` }
							: { period, value, status: 'final', note },
						row
					);
				}
				if (dup) tally.duplicate(row);
			},
			end: () => tally.result(out.build())
		};
	}
};
