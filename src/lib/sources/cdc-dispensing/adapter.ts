/**
 * CDC naloxone and buprenorphine dispensing rates by state (from IQVIA retail
 * prescription data), downloaded from CDC's dispensing rate map pages.
 *
 * Grain: one row per state (and DC) and year. The rate is prescriptions
 * dispensed per 100 persons — not per 100,000. The last column
 * ("Naloxone Dispensing Rate (per 100 persons)") is the map's legend bin
 * ("<0.2", "0.2 - 0.4"), not a number, and is not read. UTF-8 BOM and CRLF.
 * Each drug is its own file with the same layout; the rate column names it.
 */
import { columns, readNumber, readYear, shown } from '../cells';
import { expectSameState, readStateFips } from '../places';
import { SeriesBuilder } from '../series-builder';
import { FileTally } from '../file-tally';
import { SourceError, type CsvAdapter, type RowSink } from '../types';

export const UNIT_PER_100 = 'prescriptions per 100 persons';

const COMMON = ['YEAR', 'STATE_NAME', 'STATE_ABBREV', 'STATE_FIPS'] as const;
const DRUGS = {
	naloxone: 'naloxone_dispensing_rate',
	buprenorphine: 'buprenorphine_dispensing_rate'
} as const;
type Drug = keyof typeof DRUGS;

export const cdcDispensing: CsvAdapter = {
	id: 'cdc-dispensing',
	title: 'Naloxone and Buprenorphine Dispensing Rates by State',
	publisher: 'CDC National Center for Injury Prevention and Control (IQVIA data)',
	url: 'https://www.cdc.gov/overdose-prevention/data-research/facts-stats/naloxone-dispensing-rate-maps.html',
	license: 'Public domain (US federal government work)',
	caveats: [
		'Rates are prescriptions dispensed per 100 persons in a year, not per 100,000.',
		'They count new and refilled prescriptions dispensed at retail pharmacies (IQVIA’s sample, projected to all), placed in the state of the prescriber; mail-order prescriptions are not included.',
		'Naloxone handed out by community programs or bought over the counter without a prescription is not counted.',
		'Buprenorphine treats opioid use disorder; its dispensing rate reflects treatment reaching people, not the number of people who need it.'
	],
	combine: 'newest-release',
	headers: [
		[...COMMON, DRUGS.naloxone],
		[...COMMON, DRUGS.buprenorphine]
	],
	open(header, file, ctx): RowSink {
		const drug: Drug = header.some((h) => h.trim() === DRUGS.naloxone)
			? 'naloxone'
			: 'buprenorphine';
		const column = DRUGS[drug];
		const at = columns(header, [...COMMON, column], file);
		const out = new SeriesBuilder(this.id, file);
		const tally = new FileTally();

		return {
			row(cells, row) {
				const here = (c: string) => ({ file, row, column: c });
				const year = readYear(cells[at.YEAR], here('YEAR'));
				const geo = readStateFips(ctx.geography, cells[at.STATE_FIPS], here('STATE_FIPS'));
				const abbrev = (cells[at.STATE_ABBREV] ?? '').trim();
				expectSameState(geo, 'STATE_FIPS', abbrev, abbrev, here('STATE_ABBREV'));
				const rate = readNumber(cells[at[column]], here(column));
				if (rate !== null && rate < 0)
					throw new SourceError(
						file,
						row,
						column,
						'a rate of 0 or more',
						shown(cells[at[column]]!)
					);
				const period = String(year);
				tally.saw(period);
				const dup = out.add(
					{ measure: `dispensing.${drug}`, geo, unit: UNIT_PER_100 },
					rate === null
						? { period, value: null, status: 'missing', note: 'No rate in CDC’s file.' }
						: { period, value: rate, status: 'final' },
					row
				);
				if (dup) tally.duplicate(row);
			},
			end: () => tally.result(out.build())
		};
	}
};
