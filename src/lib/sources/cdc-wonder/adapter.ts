/**
 * CDC WONDER — Multiple Cause of Death (final, 1999–2020 and 2018–2023) and
 * Provisional Mortality Statistics (2018 to last week), queried for deaths
 * with T40.4 (synthetic opioids other than methadone, mainly fentanyl) among
 * the multiple causes, grouped by year, month and state.
 *
 * Grain: one row per state × calendar month — a count of that month's deaths,
 * not a 12-month-ending total. Quirks: CRLF; `Year` may carry trailing spaces
 * or tags ("2024 (provisional)", "2025 (provisional and partial)"), so the
 * period comes from `Year Code` and `Month Code` ("2018/01"); `Population` and
 * `Crude Rate` are "Not Applicable". WONDER leaves out every state-month under
 * 10 deaths (1–9 suppressed, 0 not shown): those months are put back as
 * suppressed 0–9, for every state and DC, from January of the file's first
 * year (WONDER's databases cover whole years) to its last month. The final and
 * provisional databases name the state column differently (`State`,
 * `Residence State`), which is how the two datasets are told apart.
 */
import { statesAndDc } from '../../domain/geo';
import { monthPeriod } from '../../domain/period';
import type { Point, Series } from '../../domain/series';
import { columns, readCount, readYear, shown } from '../cells';
import { SeriesBuilder } from '../series-builder';
import { FileTally } from '../file-tally';
import { SourceError, type CsvAdapter, type ReadContext, type RowSink } from '../types';
import { fillMonths, monthsFrom, yearTotals } from './months';

const MONTHLY = {
	measure: 'deaths.synthetic-opioids.calendar-month',
	unit: 'deaths in the calendar month'
};
const YEARLY = { measure: 'deaths.synthetic-opioids', unit: 'deaths in the calendar year' };

export const NOT_SHOWN =
	'Not in WONDER’s export: WONDER does not show counts under 10 (1 to 9 deaths are suppressed and months with none are left out), so this month had 0 to 9 deaths.';

const SUPPRESSED = 'Suppressed by WONDER: 1 to 9 deaths.';

const COMMON = [
	'Notes',
	'Year',
	'Year Code',
	'Month',
	'Month Code',
	'Multiple Cause of death',
	'Multiple Cause of death Code',
	'Deaths'
] as const;

const CAVEATS = [
	'Counts are deaths in each calendar month, and in each calendar year as added up here — not the 12-month-ending totals of CDC’s VSRR counts.',
	'A death is counted when synthetic opioids other than methadone (ICD-10 T40.4, mainly illicitly manufactured fentanyl) appear among the causes on the death certificate. The export does not say whether the query was also limited to overdose deaths.',
	'WONDER does not show counts under 10: a state-month with fewer than 10 deaths has no row in its export. Such months are shown as suppressed (0 to 9 deaths), never as 0; a state with no month of 10 or more has every month suppressed.',
	'Calendar-year totals are added up here from the months, only for complete years; a year with suppressed months is a range.'
];

interface WonderOptions {
	id: string;
	title: string;
	url: string;
	stateColumns: readonly [string, string];
	caveats: readonly string[];
}

function wonderAdapter(o: WonderOptions): CsvAdapter {
	const [stateName, stateCode] = o.stateColumns;
	const names = [...COMMON, stateName, stateCode] as const;
	return {
		id: o.id,
		title: o.title,
		publisher: 'CDC National Center for Health Statistics (CDC WONDER)',
		url: o.url,
		license: 'Public domain (US federal government work)',
		caveats: [...CAVEATS, ...o.caveats],
		combine: 'concat',
		allowShortRows: true,
		headers: [names],
		open(header, file, ctx): RowSink {
			return new WonderSink(o.id, columns(header, names, file), file, ctx, o.stateColumns);
		}
	};
}

interface YearInfo {
	status: 'final' | 'provisional';
	incomplete: boolean;
	note?: string;
}

class WonderSink implements RowSink {
	private readonly out: SeriesBuilder;
	private readonly tally = new FileTally();
	private firstYear = Infinity;
	private readonly years = new Map<number, YearInfo>();

	constructor(
		private readonly dataset: string,
		private readonly col: Record<string, number>,
		private readonly file: string,
		private readonly ctx: ReadContext,
		private readonly state: readonly [string, string]
	) {
		this.out = new SeriesBuilder(dataset, file);
	}

	row(cells: readonly string[], row: number): void {
		const get = (c: string) => (cells[this.col[c]!] ?? '').trim();
		const fail = (c: string, expected: string) =>
			new SourceError(this.file, row, c, expected, shown(get(c)));
		const notes = get('Notes');
		if (notes)
			return this.tally.skip(
				notes === 'Total'
					? 'a WONDER total row (totals are added up here from the months)'
					: 'a WONDER footnote row',
				row
			);
		const [nameCol, codeCol] = this.state;
		const place = this.ctx.geography.byFips.get(get(codeCol));
		if (!place) throw fail(codeCol, 'a 2-digit state FIPS code');
		if (get(nameCol) !== place.name) throw fail(nameCol, `"${place.name}" for code ${place.fips}`);
		if (get('Multiple Cause of death Code') !== 'T40.4')
			throw fail('Multiple Cause of death Code', '"T40.4", the query this dashboard reads');

		const year = readYear(get('Year Code'), { file: this.file, row, column: 'Year Code' });
		const m = /^(\d{4})\/(\d{2})$/.exec(get('Month Code'));
		const month = m && Number(m[1]) === year ? Number(m[2]) : 0;
		if (month < 1 || month > 12) throw fail('Month Code', `"${year}/MM", a month of ${year}`);
		const info = this.yearInfo(year, get('Year'), () => fail('Year', `${year}, as in Year Code`));
		const period = monthPeriod(year, month);
		this.tally.saw(period);
		this.firstYear = Math.min(this.firstYear, year);

		const base = {
			period,
			...(info.note ? { note: info.note } : {}),
			...(info.incomplete ? { incomplete: true } : {})
		};
		const point: Point =
			get('Deaths') === 'Suppressed'
				? { ...base, value: null, status: 'suppressed', low: 0, high: 9, note: SUPPRESSED }
				: { ...base, value: this.deaths(get('Deaths'), row), status: info.status };
		const key = { ...MONTHLY, geo: place.code };
		if (this.out.add(key, point, row)) this.tally.duplicate(row);
	}

	/** What the `Year` text says about the year: "2024 (provisional)", "2025 (provisional and partial)". */
	private yearInfo(year: number, text: string, fail: () => SourceError): YearInfo {
		const m = /^(\d{4})\s*(\(([^)]*)\))?$/.exec(text);
		if (!m || Number(m[1]) !== year) throw fail();
		const tag = m[3] ?? '';
		const info: YearInfo = {
			status: tag.includes('provisional') ? 'provisional' : 'final',
			incomplete: tag.includes('partial'),
			...(tag.includes('partial')
				? {
						note: `WONDER marks ${year} “${tag}”: the year is not over and recent months are likely to rise as death records arrive.`
					}
				: {})
		};
		this.years.set(year, info);
		return info;
	}

	private deaths(cell: string, row: number): number {
		const n = readCount(cell, { file: this.file, row, column: 'Deaths' });
		if (n === null)
			throw new SourceError(this.file, row, 'Deaths', 'a number of deaths', 'an empty cell');
		return n;
	}

	end() {
		const last = this.tally.release;
		const months = last ? monthsFrom(this.firstYear, last) : [];
		const have = new Map(this.out.build().map((s) => [s.geo, s]));
		const series: Series[] = [];
		for (const place of months.length ? statesAndDc(this.ctx.geography) : []) {
			const found = have.get(place.code);
			const monthly = fillMonths(found?.points ?? [], months, (p) => this.notShown(p));
			const base = { dataset: this.dataset, geo: place.code };
			series.push(
				{ ...base, ...MONTHLY, points: monthly },
				{ ...base, ...YEARLY, points: yearTotals(monthly) }
			);
		}
		return this.tally.result(series);
	}

	private notShown(period: string): Point {
		const info = this.years.get(Number(period.slice(0, 4)));
		return {
			period,
			value: null,
			status: 'suppressed',
			low: 0,
			high: 9,
			note: NOT_SHOWN,
			...(info?.incomplete ? { incomplete: true } : {})
		};
	}
}

export const cdcWonderFinal = wonderAdapter({
	id: 'cdc-wonder-final',
	title:
		'CDC WONDER Multiple Cause of Death, final data: synthetic opioid deaths by state and month',
	url: 'https://wonder.cdc.gov/mcd.html',
	stateColumns: ['State', 'State Code'],
	caveats: [
		'Final data from two WONDER databases (1999–2020 and 2018–2023); where both cover a month, the 2018–2023 database’s count is used.'
	]
});

export const cdcWonderProvisional = wonderAdapter({
	id: 'cdc-wonder-provisional',
	title: 'CDC WONDER Provisional Mortality Statistics: synthetic opioid deaths by state and month',
	url: 'https://wonder.cdc.gov/mcd-icd10-provisional.html',
	stateColumns: ['Residence State', 'Residence State Code'],
	caveats: [
		'States are the state where the person lived. Years WONDER marks provisional can still change; the latest, partial year’s recent months are likely to rise as death records arrive.'
	]
});
