/**
 * CDC NCHS — VSRR Provisional Drug Overdose Death Counts (data.cdc.gov xkb8-kh2a).
 *
 * Grain: one row per jurisdiction × indicator × month; every count covers the
 * 12 months ending that month. Two official shapes exist: the CSV download
 * (display headers, BOM in some releases, "4,034" quoted counts, percent
 * complete "99.5+") and the SODA API export (snake_case names, another column
 * order). A blank count is suppressed (<10) or "not shown due to low data
 * quality", as the footnote says — never zero. CDC's NY excludes New York
 * City (YC); this adapter keeps that part as NY-EXCL-NYC and adds NY = the
 * whole state. Puerto Rico is reported but is not in the US total.
 */
import { monthNumber, monthPeriod } from '../../domain/period';
import { NY_EXCL_NYC } from '../../domain/geo';
import type { Point } from '../../domain/series';
import { columns, readNumber, readYear, shown } from '../cells';
import { SeriesBuilder, SkipCounter } from '../series-builder';
import { SourceError, type CsvAdapter, type RowSink } from '../types';
import { INDICATORS, JURISDICTIONS } from './indicators';
import { addNewYorkState } from './new-york';

const DISPLAY = [
	'State',
	'Year',
	'Month',
	'Period',
	'Indicator',
	'Data Value',
	'Percent Complete',
	'Percent Pending Investigation',
	'Footnote',
	'Footnote Symbol',
	'Predicted Value'
] as const;
const API = [
	'state',
	'year',
	'month',
	'period',
	'indicator',
	'data_value',
	'percent_complete',
	'percent_pending_investigation',
	'footnote',
	'footnote_symbol',
	'predicted_value'
] as const;

type Field =
	| 'state'
	| 'year'
	| 'month'
	| 'period'
	| 'indicator'
	| 'value'
	| 'complete'
	| 'pending'
	| 'footnote'
	| 'symbol'
	| 'predicted';
const FIELDS: Field[] = [
	'state',
	'year',
	'month',
	'period',
	'indicator',
	'value',
	'complete',
	'pending',
	'footnote',
	'symbol',
	'predicted'
];

export const cdcVsrrState: CsvAdapter = {
	id: 'cdc-vsrr-state',
	title: 'VSRR Provisional Drug Overdose Death Counts',
	publisher: 'CDC National Center for Health Statistics',
	url: 'https://data.cdc.gov/NCHS/VSRR-Provisional-Drug-Overdose-Death-Counts/xkb8-kh2a',
	downloads: [
		{
			url: 'https://data.cdc.gov/api/views/xkb8-kh2a/rows.csv?accessType=DOWNLOAD',
			name: 'VSRR_Provisional_Drug_Overdose_Death_Counts.csv'
		}
	],
	license: 'Public domain (US federal government work)',
	caveats: [
		'Counts are provisional and cover the 12 months ending in the month shown; consecutive months overlap by 11 months, so compare a month with the same month a year earlier.',
		'Recent months are underreported because death investigations are still pending; CDC’s predicted value adjusts for that delay.',
		'One death can involve several drugs, so drug categories overlap and do not add up to the all-drug total.',
		'Synthetic opioids other than methadone (T40.4) are mainly illicitly manufactured fentanyl.',
		'A blank count is suppressed (fewer than 10 deaths) or not shown because of low data quality; it is never zero.'
	],
	combine: 'newest-release',
	headers: [DISPLAY, API],
	open(header, file, ctx): RowSink {
		const isApi = header.some((h) => h.trim() === 'data_value');
		const names = isApi ? API : DISPLAY;
		const at = columns(header, names, file);
		const col = Object.fromEntries(FIELDS.map((f, i) => [f, at[names[i]!]])) as Record<
			Field,
			number
		>;
		const label = Object.fromEntries(FIELDS.map((f, i) => [f, names[i]!])) as Record<Field, string>;
		const out = new SeriesBuilder(this.id, file, ctx);
		const skips = new SkipCounter();
		let rowsRead = 0;
		let release = '';
		// Declared once, not per row: this runs for every row of a large file.
		const where = (row: number, f: Field) => ({ file, row, column: label[f] });
		const countPoint = (
			footnote: string,
			period: string,
			note: string | undefined,
			incomplete: boolean,
			value: number | null,
			given: 'provisional' | 'predicted'
		): Point => {
			const p: Point =
				value !== null
					? { period, value, status: given }
					: footnote.includes('suppressed')
						? { period, value: null, status: 'suppressed', low: 0, high: 9 }
						: { period, value: null, status: 'missing' };
			if (note) p.note = note;
			if (incomplete) p.incomplete = true;
			return p;
		};
		/** A count (0 or more) or a percentage (0 to 100), or null for a blank cell. */
		const checked = (
			cells: readonly string[],
			row: number,
			f: Field,
			kind: 'count' | 'percent',
			at = col[f]
		): number | null => {
			const n = readNumber(cells[at], where(row, f));
			if (n !== null && (n < 0 || (kind === 'percent' && n > 100)))
				throw new SourceError(
					file,
					row,
					label[f],
					kind === 'percent' ? 'a percentage from 0 to 100' : 'a count of 0 or more',
					shown(cells[at] ?? '')
				);
			return n;
		};
		const sharePoint = (period: string, value: number | null, note?: string): Point => {
			if (value === null) return { period, value: null, status: 'missing' };
			const p: Point = { period, value, status: 'provisional' };
			if (note) p.note = note;
			return p;
		};

		return {
			row(cells, row) {
				rowsRead++;
				const code = (cells[col.state] ?? '').trim();
				const geo = JURISDICTIONS.has(code) ? (code === 'NY' ? NY_EXCL_NYC : code) : undefined;
				if (!geo)
					return skips.skip(
						`jurisdiction code ${shown(code)} is not a US state, DC, PR, YC or US`,
						row
					);
				const indicatorText = cells[col.indicator] ?? '';
				const indicator = INDICATORS.get(indicatorText.trim());
				if (!indicator)
					return skips.skip(`indicator ${shown(indicatorText)} is not in the catalogue`, row);
				const periodText = cells[col.period] ?? '';
				if (periodText.trim() !== '12 month-ending')
					throw new SourceError(file, row, label.period, '"12 month-ending"', shown(periodText));
				const year = readYear(cells[col.year], where(row, 'year'));
				const monthText = cells[col.month] ?? '';
				const month = monthNumber(monthText);
				if (!month)
					throw new SourceError(file, row, label.month, 'an English month name', shown(monthText));
				const period = monthPeriod(year, month);
				if (period > release) release = period;

				const footnote = (cells[col.footnote] ?? '').trim();
				const note = footnote || undefined;
				const incomplete = (cells[col.symbol] ?? '').trim() === '*';
				const reported = checked(cells, row, 'value', indicator.kind);
				const { measure, unit } = indicator;
				// Every point of the row is added: a repeated row is a duplicate only if
				// all its values agree; a differing one stops the file (SeriesBuilder).
				let dup = out.add(
					{ measure, geo, unit },
					countPoint(footnote, period, note, incomplete, reported, 'provisional'),
					row
				);
				if (indicator.predicted) {
					const predicted = checked(cells, row, 'predicted', 'count');
					dup =
						out.add(
							{ measure, geo, unit, variant: 'predicted' },
							countPoint(footnote, period, note, incomplete, predicted, 'predicted'),
							row
						) && dup;
				}
				const pending = checked(cells, row, 'pending', 'percent');
				dup =
					out.add(
						{ measure, geo, unit: '% pending investigation', variant: 'pct-pending' },
						sharePoint(period, pending),
						row
					) && dup;
				const completeText = (cells[col.complete] ?? '').trim();
				const atLeast = completeText.endsWith('+');
				const complete = checked(
					[atLeast ? completeText.slice(0, -1) : completeText],
					row,
					'complete',
					'percent',
					0
				);
				dup =
					out.add(
						{ measure, geo, unit: '% complete', variant: 'pct-complete' },
						sharePoint(
							period,
							complete,
							atLeast ? `${completeText}: at least ${complete} % complete` : undefined
						),
						row
					) && dup;
				if (dup) skips.skip('an exact duplicate of an earlier row', row);
			},
			end() {
				return { series: addNewYorkState(out.build()), rowsRead, skipped: skips.list(), release };
			}
		};
	}
};
