/**
 * The `County Counts & Rates` sheet of CDC's DOSE discharge workbook: ED
 * visits for nonfatal all-drug overdoses by county, per year (`type` "1 year")
 * and pooled over 2019–2023 (`type` "5 year", `year` "2019-2023", rate per
 * 100,000 person-years). Only in-state residents treated in the state's own
 * EDs are counted. `fips` is zero-padded to five digits, the county's geo.
 */
import { shown } from '../cells';
import type { FileTally } from '../file-tally';
import type { SeriesBuilder } from '../series-builder';
import { SourceError, type ReadContext } from '../types';
import { dxPoint } from './markers';

export const COUNTY = [
	'jurisdiction',
	'county',
	'fips',
	'year',
	'dataset',
	'count_alldrug',
	'population',
	'rate_alldrug',
	'type',
	'person_years'
] as const;
type Column = (typeof COUNTY)[number];

const TYPES = {
	'1 year': {
		year: /^\d{4}$/,
		suffix: '',
		count: 'ED visits in the calendar year',
		rate: 'ED visits per 100,000 people in the calendar year'
	},
	'5 year': {
		year: /^\d{4}-\d{4}$/,
		suffix: '.5-year',
		count: 'ED visits in the five years',
		rate: 'ED visits per 100,000 person-years'
	}
} as const;

interface CountyContext {
	file: string;
	col: Record<Column, number>;
	ctx: ReadContext;
	out: SeriesBuilder;
	tally: FileTally;
}

/** Reads one county row into `out`; returns its period, or null when the row was counted out. */
export function countyRow(cells: readonly string[], row: number, c: CountyContext): string | null {
	const get = (k: Column) => (cells[c.col[k]] ?? '').trim();
	const fail = (k: Column, expected: string) =>
		new SourceError(c.file, row, k, expected, shown(get(k)));
	const state = c.ctx.geography.byCode.get(get('jurisdiction'));
	if (!state?.fips) throw fail('jurisdiction', 'a state or DC code');
	const fips = get('fips');
	if (!/^\d{5}$/.test(fips) || !fips.startsWith(state.fips))
		throw fail('fips', `a five-digit county FIPS code in ${state.name} (${state.fips}…)`);
	if (get('dataset') !== 'ED') throw fail('dataset', '"ED" (county data are ED visits only)');
	const type = TYPES[get('type') as keyof typeof TYPES];
	if (!type) throw fail('type', '"1 year" or "5 year"');
	const period = get('year');
	if (!type.year.test(period))
		throw fail(
			'year',
			get('type') === '5 year' ? 'a range of years such as "2019-2023"' : 'a year'
		);

	const measure = `ed-visits.all-drugs${type.suffix}`;
	const drug = 'all-drugs';
	const at = (k: Column) => ({ file: c.file, row, column: k });
	const count = dxPoint(get('count_alldrug'), period, { kind: 'count', drug }, at('count_alldrug'));
	if (c.out.add({ measure, geo: fips, unit: type.count }, count, row)) {
		c.tally.duplicate(row);
		return null;
	}
	const rate = dxPoint(get('rate_alldrug'), period, { kind: 'rate', drug }, at('rate_alldrug'));
	c.out.add({ measure: `rate.${measure}`, geo: fips, unit: type.rate }, rate, row);
	return period;
}
