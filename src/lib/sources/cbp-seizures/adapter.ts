/**
 * U.S. Customs and Border Protection — drug seizures (cbp.gov "Drug Seizure
 * Statistics"). Two files, one dataset:
 *  - "Nationwide Drug Seizures": Office of Field Operations (OFO, at ports of
 *    entry) and U.S. Border Patrol (USBP, between ports), one row per fiscal
 *    year × month × component × region × Land Filter × Area of Responsibility
 *    × drug type;
 *  - the Air and Marine Operations (AMO) file: the same, with `Branch` for the
 *    area. AMO is not in the nationwide file.
 * CBP publishes each as fiscal-year ranges that do not overlap (FY19–22,
 * FY23 to date), so the files are joined (`concat`). Fiscal years run
 * October–September; the current one is written '2026 (FYTD)'. `Month (abbv)`
 * is 'JAN'…'DEC' in no particular order. `Sum Qty (lbs)` is a float with up
 * to 15 decimals; `Count of Event` a whole number.
 *
 * Output: per drug, pounds and events by month and by fiscal year, for each
 * area, each component in each region (cbp:southwest:ofo) and nationwide
 * (cbp:all:ofo). The CBP-wide totals (cbp:all, cbp:southwest: OFO + USBP +
 * AMO) need both files, so `derive` adds them after the files are joined.
 */
import {
	CBP_COMPONENTS,
	CBP_REGIONS,
	SEIZED_DRUGS,
	cbpAreaGeo,
	type CbpComponent,
	type CbpRegion,
	type SeizedDrug
} from '../../domain/cbp';
import { fiscalMonthPeriod, monthNumber } from '../../domain/period';
import { columns, readCount, readNumber, shown, type CellContext } from '../cells';
import { RowKeys } from '../row-keys';
import { FileTally } from '../file-tally';
import { SourceError, type CsvAdapter, type RowSink } from '../types';
import { cbpWideTotals } from './derive';
import { SeizureTotals } from './totals';

const common = ['FY', 'Month (abbv)', 'Component', 'Region', 'Land Filter', 'Drug Type'] as const;
const counts = ['Count of Event', 'Sum Qty (lbs)'] as const;
const NATIONWIDE = [...common, 'Area of Responsibility', ...counts] as const;
const AMO = [...common, 'Branch', ...counts] as const;

const DRUGS = new Map<string, SeizedDrug>(SEIZED_DRUGS.map((d) => [d.name, d.id]));
const REGIONS = new Map<string, CbpRegion>(CBP_REGIONS.map((r) => [r.name, r.id]));
const COMPONENTS = new Map<string, CbpComponent>(CBP_COMPONENTS.map((c) => [c.name, c.id]));
const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(' or ');

/** '2024' or '2026 (FYTD)' (the year to date). */
function readFiscalYear(cell: string, at: CellContext) {
	const m = /^(\d{4})(\s*\(FYTD\))?$/.exec(cell);
	const year = m ? Number(m[1]) : NaN;
	if (!(year >= 1990 && year <= 2100))
		throw new SourceError(
			at.file,
			at.row,
			at.column,
			'a fiscal year such as "2024" or "2026 (FYTD)"',
			shown(cell)
		);
	return { year, toDate: Boolean(m![2]) };
}

function lookup<T>(map: Map<string, T>, cell: string, at: CellContext, hint = ''): T {
	const v = map.get(cell);
	if (v === undefined)
		throw new SourceError(at.file, at.row, at.column, quoted([...map.keys()]), shown(cell), hint);
	return v;
}

function required(n: number | null, cell: string, at: CellContext): number {
	if (n === null || n < 0)
		throw new SourceError(at.file, at.row, at.column, 'a number of 0 or more', shown(cell));
	return n;
}

export const cbpSeizures: CsvAdapter = {
	id: 'cbp-seizures',
	title: 'CBP Drug Seizure Statistics',
	publisher: 'U.S. Customs and Border Protection',
	url: 'https://www.cbp.gov/newsroom/stats/drug-seizure-statistics',
	license: 'Public domain (US federal government work)',
	caveats: [
		'Seizures measure enforcement activity and detection, not the amount of drugs that crossed the border: a rise can mean more smuggling, more inspection or better detection.',
		'Pounds of different drugs are not comparable: a pound of fentanyl is far more potent than a pound of marijuana.',
		'CBP-wide and regional totals add three parts of CBP: the Office of Field Operations (at ports of entry), the U.S. Border Patrol (between ports of entry) and Air and Marine Operations (by air and sea). Air and Marine Operations publishes a separate file, whose newest release ends in December 2025, four months before the ports and Border Patrol file (April 2026): later months have no CBP-wide total, only the figures of the other two.',
		'Air and Marine Operations reports five drug types (cocaine, fentanyl, heroin, marijuana, methamphetamine), so only these have CBP-wide totals.',
		'Fiscal years run from October to September (FY2024 is October 2023 – September 2024). The current fiscal year is incomplete and its figures are provisional.',
		'A month in which CBP lists no seizure is shown as 0.'
	],
	combine: 'concat',
	headers: [NATIONWIDE, AMO],
	derive: cbpWideTotals,
	open(header, file): RowSink {
		const isAmo = header.some((h) => h.trim() === 'Branch');
		const names = isAmo ? AMO : NATIONWIDE;
		const areaColumn = isAmo ? 'Branch' : 'Area of Responsibility';
		const col = columns(header, names, file);
		const components = new Map(
			[...COMPONENTS].filter(([, id]) => (isAmo ? id === 'amo' : id !== 'amo'))
		);
		const dataset = this.id;
		const totals = new SeizureTotals();
		const tally = new FileTally();
		const rowKeys = new RowKeys(file);
		// a file names a few dozen areas over thousands of rows
		const areaGeos = new Map<string, string>();
		const areaGeo = (name: string) => {
			let geo = areaGeos.get(name);
			if (geo === undefined) areaGeos.set(name, (geo = cbpAreaGeo(name)));
			return geo;
		};

		return {
			row(cells, row) {
				const get = (c: (typeof names)[number]) => (cells[col[c]] ?? '').trim();
				const at = (column: string): CellContext => ({ file, row, column });
				const drug = DRUGS.get(get('Drug Type'));
				if (!drug)
					return tally.skip(`drug type ${shown(get('Drug Type'))} is not in the catalogue`, row);
				const fy = readFiscalYear(get('FY'), at('FY'));
				const month = monthNumber(get('Month (abbv)'));
				if (!month)
					throw new SourceError(
						file,
						row,
						'Month (abbv)',
						'a month such as "JAN"',
						shown(get('Month (abbv)'))
					);
				const component: CbpComponent = lookup(
					components,
					get('Component'),
					at('Component'),
					isAmo
						? 'A file with a "Branch" column is the Air and Marine Operations file.'
						: 'Air and Marine Operations come in their own file, with a "Branch" column.'
				);
				const region = lookup(REGIONS, get('Region'), at('Region'));
				const area = get(areaColumn);
				if (!area)
					throw new SourceError(file, row, areaColumn, 'the name of an area', 'a blank cell');
				const eventsCell = get('Count of Event');
				const lbsCell = get('Sum Qty (lbs)');
				const key = [get('FY'), month, component, region, get('Land Filter'), area, drug].join('|');
				const what = () =>
					`${get('Drug Type')} in ${area}, ${get('Month (abbv)')} FY ${get('FY')}, ${get('Land Filter')}`;
				if (rowKeys.repeat(key, `${eventsCell} events, ${lbsCell} lbs`, row, what))
					return tally.duplicate(row);
				totals.add({
					period: fiscalMonthPeriod(fy.year, month),
					toDate: fy.toDate,
					component,
					region,
					area: areaGeo(area),
					drug,
					events: required(
						readCount(eventsCell, at('Count of Event')),
						eventsCell,
						at('Count of Event')
					),
					lbs: required(readNumber(lbsCell, at('Sum Qty (lbs)')), lbsCell, at('Sum Qty (lbs)'))
				});
			},
			end() {
				tally.release = totals.release;
				return tally.result(totals.series(dataset));
			}
		};
	}
};
