/**
 * SAMHSA National Survey on Drug Use and Health (NSDUH), small area
 * estimation: "Opioid Use Disorder in Past Year", people aged 12 or older,
 * by state, 2022–2023 pooled.
 *
 * Grain: one row per outcome × age group × state × pair of years. Estimates
 * and their 95 % confidence bounds are proportions (0.0254 = 2.54 %); they are
 * turned into percentages here, with the bounds in `low`/`high`. States are
 * full names (no FIPS). The two years are one pooled estimate, so the period
 * is '2022-2023', not a year. CRLF.
 */
import { columns, readNumber, shown } from '../cells';
import { readStateName } from '../places';
import { SeriesBuilder } from '../series-builder';
import { FileTally } from '../file-tally';
import { SourceError, type CsvAdapter, type RowSink } from '../types';
import { formatNumber } from '../../domain/format';

const COLUMNS = [
	'outcome',
	'age_group',
	'year_pair',
	'state',
	'estimate',
	'ci_lower',
	'ci_upper'
] as const;
type Column = (typeof COLUMNS)[number];

const OUTCOMES = new Map([['Opioid Use Disorder in Past Year', 'prevalence.opioid-use-disorder']]);
const AGE_GROUP = '12 or Older';

/** '2022-23' -> '2022-2023'; the second year must follow the first. */
function pooledPeriod(cell: string, at: { file: string; row: number }): string {
	const m = /^(\d{4})-(\d{2}|\d{4})$/.exec(cell.trim());
	const first = m ? Number(m[1]) : NaN;
	const second = m ? Number(m[2]!.length === 2 ? `${m[1]!.slice(0, 2)}${m[2]}` : m[2]) : NaN;
	if (!(second === first + 1))
		throw new SourceError(
			at.file,
			at.row,
			'year_pair',
			'two consecutive years, like "2022-23"',
			shown(cell)
		);
	return `${first}-${second}`;
}

/** A proportion in [0, 1] as a percentage, without binary noise (0.0253733893 -> 2.53733893). */
function percent(cell: string | undefined, at: { file: string; row: number; column: Column }) {
	const p = readNumber(cell, at);
	if (p !== null && (p < 0 || p > 1))
		throw new SourceError(
			at.file,
			at.row,
			at.column,
			'a proportion from 0 to 1',
			shown(cell ?? '')
		);
	if (p === null) return null;
	const decimals = (cell!.trim().split('.')[1] ?? '').length;
	return Number((p * 100).toFixed(Math.max(0, decimals - 2)));
}

export const samhsaNsduh: CsvAdapter = {
	id: 'samhsa-nsduh',
	title: 'NSDUH State Estimates: Opioid Use Disorder in the Past Year',
	publisher: 'SAMHSA, National Survey on Drug Use and Health (small area estimation)',
	url: 'https://datatools.samhsa.gov/saes/state',
	license: 'Public domain (US federal government work)',
	caveats: [
		'A survey estimate: the share of people aged 12 or older who had an opioid use disorder in the past year, from interviews in 2022 and 2023 pooled into one estimate.',
		'SAMHSA publishes proportions; they are shown here as percentages. State estimates come from a statistical model (small area estimation) that combines the survey’s answers with other data about each state; the range beside each estimate is SAMHSA’s 95 % confidence interval.',
		'The survey interviews people in households: people in institutions such as prisons, and people without a home, are under-covered.'
	],
	combine: 'newest-release',
	headers: [COLUMNS],
	open(header, file, ctx): RowSink {
		const at = columns(header, COLUMNS, file);
		const out = new SeriesBuilder(this.id, file);
		const tally = new FileTally();

		return {
			row(cells, row) {
				const get = (c: Column) => (cells[at[c]] ?? '').trim();
				const here = (column: Column) => ({ file, row, column });
				const measure = OUTCOMES.get(get('outcome'));
				if (!measure) return tally.skip(`outcome ${shown(get('outcome'))} is not read`, row);
				if (get('age_group') !== AGE_GROUP)
					return tally.skip(
						`age group ${shown(get('age_group'))}: only people aged 12 or older are read`,
						row
					);
				const period = pooledPeriod(get('year_pair'), { file, row });
				const geo =
					get('state') === 'United States'
						? 'US'
						: readStateName(ctx.geography, get('state'), here('state'));
				const value = percent(cells[at.estimate], here('estimate'));
				const low = percent(cells[at.ci_lower], here('ci_lower'));
				const high = percent(cells[at.ci_upper], here('ci_upper'));
				if (value !== null && low !== null && high !== null && !(low <= value && value <= high))
					throw new SourceError(
						file,
						row,
						'estimate',
						`an estimate between its confidence bounds (${low} % and ${high} %)`,
						shown(get('estimate'))
					);
				tally.saw(period);
				const dup = out.add(
					{ measure, geo, unit: '% of people aged 12 or older' },
					value === null
						? { period, value: null, status: 'missing', note: 'No estimate in SAMHSA’s file.' }
						: {
								period,
								value,
								status: 'final',
								...(low !== null && high !== null
									? {
											low,
											high,
											note: `95 % confidence interval: ${formatNumber(low, 2)} % to ${formatNumber(high, 2)} %.`
										}
									: {})
							},
					row
				);
				if (dup) tally.duplicate(row);
			},
			end: () => tally.result(out.build())
		};
	}
};
