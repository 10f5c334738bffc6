/**
 * DEA National Forensic Laboratory Information System (NFLIS-Drug), exports of
 * the public Data Query System for drug category 33, "Fentanyl and
 * Fentanyl-related": the number of drug reports (substances identified by
 * forensic labs in items seized by law enforcement), one row per state ×
 * period × substance. Reports are summed over substances for a state total.
 *
 * Two grains, never mixed in one series: annual exports (`PERIOD` = the year)
 * give `lab-reports.fentanyl` ('2024'), semiannual ones (`SA1 (JAN - JUN)`,
 * `SA2 (JUL - DEC)`) give `lab-reports.fentanyl.half-year` ('2024-H1').
 * Quirks: `LABTYPE` is one quoted cell with commas, `RPTAGGR` has trailing
 * spaces, the semiannual export quotes every field, and the annual one writes
 * `STATE_FIPS` without its leading zero. `STATE` 'XX' (unknown) and
 * territories other than Puerto Rico are left out, counted.
 *
 * Labs report late, so the counts of recent periods keep rising: a period
 * that ended less than 12 months before the query ran (`QUERY_RUN_DATE`) is
 * marked incomplete. (The annual export run in August 2025 holds 10 % fewer
 * reports for 2024 than the semiannual one run in March 2026.)
 */
import type { Series } from '../../domain/series';
import { columns, readCount, readYear, shown, type CellContext } from '../cells';
import { RowKeys } from '../row-keys';
import { FileTally } from '../file-tally';
import { SourceError, type CsvAdapter, type RowSink } from '../types';
import { lateReportNote } from './lag';

const COLUMNS = [
	'LABTYPE',
	'RPTAGGR',
	'YYYY',
	'PERIOD',
	'DRUG_REPORTS',
	'QUERY_RUN_DATE',
	'SUBSTANCE_ID',
	'DRUG_CATEGORY_CODE',
	'DRUG_CATEGORY_DESCRIPTION',
	'STATE',
	'STATE_LONG_NAME',
	'STATE_FIPS'
] as const;
type Column = (typeof COLUMNS)[number];

const ALL_LABS = ['Local/Municipal', 'State', 'Federal', 'Private'];
const FENTANYL = '33';
const UNIT = 'drug reports';

/** '2024' (annual) -> '2024'; 'SA2 (JUL - DEC)' -> '2024-H2'. */
function readPeriod(cell: string, year: number, at: CellContext) {
	if (cell === String(year)) return { period: cell, measure: 'lab-reports.fentanyl' };
	const half = /^SA([12])\b/.exec(cell);
	if (half) return { period: `${year}-H${half[1]}`, measure: 'lab-reports.fentanyl.half-year' };
	throw new SourceError(
		at.file,
		at.row,
		at.column,
		`the year (${year}) or a half year such as "SA1 (JAN - JUN)"`,
		shown(cell)
	);
}

function check(ok: boolean, at: CellContext, expected: string, cell: string, hint = '') {
	if (!ok) throw new SourceError(at.file, at.row, at.column, expected, shown(cell), hint);
}

export const deaNflis: CsvAdapter = {
	id: 'dea-nflis',
	title: 'NFLIS-Drug: fentanyl reports from forensic laboratories',
	publisher: 'Drug Enforcement Administration, Diversion Control Division',
	url: 'https://www.nflis.deadiversion.usdoj.gov/',
	license: 'Public domain (US federal government work)',
	caveats: [
		'These are counts of lab reports: fentanyl or a fentanyl-related substance identified by a forensic laboratory in drugs seized by law enforcement. They indicate what is in the drug supply, not the amount of drugs.',
		'Reports are counted per substance identified and added up over fentanyl and the fentanyl-related substances.',
		'Labs report late: the most recent periods are incomplete and their counts will rise.',
		'Counts depend on what police seize and send to labs, and on how labs test, which differ between states and over time: compare a state with itself over time rather than states with each other.',
		'Reports from an unknown state and from territories other than Puerto Rico are left out.'
	],
	combine: 'newest-release',
	headers: [COLUMNS],
	open(header, file, ctx): RowSink {
		const col = columns(header, COLUMNS, file);
		const dataset = this.id;
		const sums = new Map<string, number>();
		const tally = new FileTally();
		const rowKeys = new RowKeys(file);
		let queried = '';

		return {
			row(cells, row) {
				const get = (c: Column) => (cells[col[c]] ?? '').trim();
				const at = (column: Column): CellContext => ({ file, row, column });
				const labs = get('LABTYPE')
					.split(',')
					.map((s) => s.trim());
				check(
					labs.length === ALL_LABS.length && ALL_LABS.every((l) => labs.includes(l)),
					at('LABTYPE'),
					`all laboratory types, "${ALL_LABS.join(',')}"`,
					get('LABTYPE'),
					'Export the query with every laboratory type selected.'
				);
				check(get('RPTAGGR') === 'DrugReport', at('RPTAGGR'), '"DrugReport"', get('RPTAGGR'));
				const date = /^\d{4}-\d{2}-\d{2}/.exec(get('QUERY_RUN_DATE'))?.[0];
				check(
					Boolean(date),
					at('QUERY_RUN_DATE'),
					'a date such as "2026-03-03 13:26:55"',
					get('QUERY_RUN_DATE')
				);
				if (date! > queried) queried = date!;
				if (get('DRUG_CATEGORY_CODE') !== FENTANYL)
					return tally.skip(
						`drug category ${shown(get('DRUG_CATEGORY_DESCRIPTION'))} is not fentanyl (33)`,
						row
					);
				const code = get('STATE');
				const place = ctx.geography.byCode.get(code);
				if (!place || !place.fips)
					return tally.skip(
						code === 'XX'
							? 'state unknown ("XX")'
							: `${shown(code)} (${get('STATE_LONG_NAME')}) is not a state, DC or Puerto Rico`,
						row
					);
				const fips = get('STATE_FIPS');
				check(
					fips.padStart(2, '0') === place.fips,
					at('STATE_FIPS'),
					`${place.fips}, the FIPS code of ${code}`,
					fips
				);
				const year = readYear(get('YYYY'), at('YYYY'));
				const { period, measure } = readPeriod(get('PERIOD'), year, at('PERIOD'));
				const reports = readCount(get('DRUG_REPORTS'), at('DRUG_REPORTS'));
				check(reports !== null, at('DRUG_REPORTS'), 'a number of reports', '');
				const raw = `${period}|${code}|${get('SUBSTANCE_ID')}`;
				const what = () => `substance ${get('SUBSTANCE_ID')} in ${code}, ${get('PERIOD')} ${year}`;
				if (rowKeys.repeat(raw, get('DRUG_REPORTS'), row, what)) return tally.duplicate(row);
				tally.saw(period);
				const key = `${measure}|${code}|${period}`;
				sums.set(key, (sums.get(key) ?? 0) + reports!);
			},
			end() {
				const series = new Map<string, Series>();
				for (const [key, value] of [...sums].sort(([a], [b]) => (a < b ? -1 : 1))) {
					const [measure, geo, period] = key.split('|') as [string, string, string];
					let s = series.get(`${measure}|${geo}`);
					if (!s) {
						s = { dataset, measure, geo, unit: UNIT, points: [] };
						series.set(`${measure}|${geo}`, s);
					}
					const late = lateReportNote(period, queried);
					s.points.push({
						period,
						value,
						status: 'provisional',
						...(late ? { incomplete: true, note: late } : {})
					});
				}
				return tally.result([...series.values()]);
			}
		};
	}
};
