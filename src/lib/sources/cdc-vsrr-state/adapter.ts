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
import { shown } from '../cells';
import { SeriesBuilder } from '../series-builder';
import { FileTally } from '../file-tally';
import type { CsvAdapter, RowSink } from '../types';
import { addNewYorkState } from './new-york';
import { countPoint, fieldColumns, RowCells, SeriesFor, sharePoint } from './row';

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
		const names = header.some((h) => h.trim() === 'data_value') ? API : DISPLAY;
		const { col, label } = fieldColumns(header, names, file);
		const read = new RowCells(file, col, label);
		const out = new SeriesBuilder(this.id, file, ctx);
		const seriesFor = new SeriesFor(out);
		const tally = new FileTally();

		return {
			row(cells, row) {
				read.cells = cells;
				read.row = row;
				const state = cells[col.state] ?? '';
				const indicatorText = cells[col.indicator] ?? '';
				const to = seriesFor.get(state, indicatorText);
				if (to === 'geo')
					return tally.skip(
						`jurisdiction code ${shown(state.trim())} is not a US state, DC, PR, YC or US`,
						row
					);
				if (to === 'indicator')
					return tally.skip(`indicator ${shown(indicatorText)} is not in the catalogue`, row);
				const period = read.period();
				tally.saw(period);

				const footnote = read.text('footnote');
				const incomplete = read.text('symbol') === '*';
				const reported = read.number('value', to.indicator.kind);
				const complete = read.text('complete');
				const atLeast = complete.endsWith('+');
				const share = read.number(
					'complete',
					'percent',
					atLeast ? complete.slice(0, -1) : complete
				);
				// Every point of the row is added: a repeated row is a duplicate only if
				// all its values agree; a differing one stops the file (SeriesHandle.add).
				let dup = to.reported.add(
					countPoint(period, reported, 'provisional', footnote, incomplete),
					row
				);
				if (to.predicted) {
					const predicted = read.number('predicted', 'count');
					const point = countPoint(period, predicted, 'predicted', footnote, incomplete);
					dup = to.predicted.add(point, row) && dup;
				}
				dup = to.pending.add(sharePoint(period, read.number('pending', 'percent')), row) && dup;
				const note = atLeast ? `${complete}: at least ${share} % complete` : undefined;
				dup = to.complete.add(sharePoint(period, share, note), row) && dup;
				if (dup) tally.duplicate(row);
			},
			end: () => tally.result(addNewYorkState(out.build()))
		};
	}
};
