/**
 * CDC DOSE discharge data (DOSE-DIS) — emergency department visits and
 * inpatient hospital stays for nonfatal overdoses, counts and rates per
 * 100,000 people, by drug, from hospital discharge records.
 *
 * Sheets of CDC's workbook, exported as CSV, told apart by their columns:
 * `Jurisdiction Counts & Rates` (states, DC and "US" = the jurisdictions that
 * submitted data, by month `1`–`12` or `all` for the year; `dataset` ED or
 * HOSP), `County Counts & Rates` (see dx-county.ts) and `Overall by Sex & Age`
 * (US breakdowns only, left out here, counted). Missing values are the words
 * `suppressed` and `NA`. The `Data Dictionary` and `US Jurisdiction
 * Submissions` sheets are not data and match no header, so the pipeline
 * passes them over; the number of jurisdictions behind each US figure is
 * counted from this sheet's own rows instead (it equals CDC's submissions
 * sheet).
 */
import { columns, readMonth, readYear, shown, type CellContext } from '../cells';
import { monthPeriod } from '../../domain/period';
import type { Series } from '../../domain/series';
import { SeriesBuilder } from '../series-builder';
import { FileTally } from '../file-tally';
import { SourceError, type CsvAdapter, type RowSink } from '../types';
import { COUNTY, countyRow } from './dx-county';
import { DRUGS, DX_COUNTS, DX_RATES } from './drugs';
import { dxPoint } from './markers';

const JURISDICTION = [
	'jurisdiction',
	'month',
	'year',
	'time_frame',
	'dataset',
	...DX_COUNTS,
	'population',
	...DX_RATES
] as const;
const SEX_AGE = [...JURISDICTION, 'sex', 'age'] as const;
type Column = (typeof JURISDICTION)[number];

/** `dataset` → the catalogue's word and the unit's. */
export const SETTINGS = {
	ED: { kind: 'ed-visits', words: 'ED visits', label: 'ED' },
	HOSP: { kind: 'hospitalizations', words: 'hospital stays', label: 'hospitalization' }
} as const;

const WINDOWS = {
	annual: { suffix: '', words: 'in the calendar year' },
	monthly: { suffix: '.calendar-month', words: 'in the calendar month' }
} as const;

export const cdcDoseDx: CsvAdapter = {
	id: 'cdc-dose-dx',
	title: 'CDC DOSE: nonfatal overdose ED visits and hospital stays (discharge data)',
	publisher: 'CDC National Center for Injury Prevention and Control',
	url: 'https://www.cdc.gov/overdose-prevention/data-research/facts-stats/dose-dashboard-nonfatal-discharge-data.html',
	license: 'Public domain (US federal government work)',
	caveats: [
		'Emergency department visits and hospital stays for nonfatal overdoses, counted from hospital discharge records; rates are per 100,000 people (not per ED visit, unlike DOSE syndromic surveillance).',
		'Only states that share discharge data with CDC are included. The “US” figures are the total of the jurisdictions that submitted data for that period — not the whole country — and that set changes over time.',
		'Monthly counts and rates cover one month, so a monthly rate is about a twelfth of an annual one.',
		'Suppressed: counts of 1 to 9 overdoses, and rates based on 1 to 19. Fentanyl is available from October 2020 and methamphetamine from October 2022, when their diagnosis codes began.',
		'County figures count only residents of the state treated in its own EDs, so they need not add up to the state’s count. Five-year county rates (2019–2023) are per 100,000 person-years.',
		'Drug categories overlap: one visit can involve several drugs.',
		'The workbook’s breakdowns of the US total by sex and age group are left out here.'
	],
	combine: 'newest-release',
	headers: [SEX_AGE, COUNTY, JURISDICTION],
	open(header, file, ctx): RowSink {
		const has = (c: string) => header.some((h) => h.trim() === c);
		const out = new SeriesBuilder(this.id, file);
		const tally = new FileTally();
		const reporting = new Map<string, Set<string>>();
		const sheet = has('sex') ? 'sex-age' : has('fips') ? 'county' : 'jurisdiction';
		const countyCol = sheet === 'county' ? columns(header, COUNTY, file) : undefined;
		const col = sheet === 'county' ? undefined : columns(header, JURISDICTION, file);

		const jurisdictionRow = (cells: readonly string[], row: number) => {
			const get = (c: Column) => (cells[col![c]] ?? '').trim();
			const at = (c: Column) => ({ file, row, column: c });
			const code = get('jurisdiction');
			const geo = code === 'US' ? 'US' : ctx.geography.byCode.get(code)?.fips ? code : undefined;
			if (!geo) return tally.skip(`jurisdiction ${shown(code)} is not a state, DC or US`, row);
			const setting = SETTINGS[get('dataset') as keyof typeof SETTINGS];
			if (!setting)
				throw new SourceError(file, row, 'dataset', '"ED" or "HOSP"', shown(get('dataset')));
			const { period, window } = readTime(get, at);
			tally.saw(period);
			const group = `${setting.kind}|${period}`;
			if (geo !== 'US') reporting.set(group, (reporting.get(group) ?? new Set()).add(geo));

			for (const [i, [drug]] of DRUGS.entries()) {
				const count = DX_COUNTS[i]!;
				const rate = DX_RATES[i]!;
				const measure = `${setting.kind}.${drug}${window.suffix}`;
				const unit = `${setting.words} ${window.words}`;
				const p = dxPoint(get(count), period, { kind: 'count', drug }, at(count));
				if (out.add({ measure, geo, unit }, p, row) && i === 0) return tally.duplicate(row);
				out.add(
					{
						measure: `rate.${measure}`,
						geo,
						unit: `${setting.words} per 100,000 people ${window.words}`
					},
					dxPoint(get(rate), period, { kind: 'rate', drug }, at(rate)),
					row
				);
			}
		};

		return {
			row(cells, row) {
				if (sheet === 'sex-age') {
					const get = (c: Column) => (cells[col![c]] ?? '').trim();
					const { period } = readTime(get, (c) => ({ file, row, column: c }));
					tally.saw(period);
					return tally.skip(
						'a breakdown of the US total by sex and age group (the dashboard keeps totals)',
						row
					);
				}
				if (sheet === 'jurisdiction') return jurisdictionRow(cells, row);
				const period = countyRow(cells, row, { file, col: countyCol!, ctx, out, tally });
				// a five-year row ("2019-2023") counts as its last year
				if (period) tally.saw(period.slice(-4));
			},
			end: () =>
				tally.result(out.build().map((s) => (s.geo === 'US' ? withReporting(s, reporting) : s)))
		};
	}
};

/** A row's period: 'YYYY' for an annual row (month "all"), 'YYYY-MM' for a monthly one. */
function readTime(get: (c: Column) => string, at: (c: Column) => CellContext) {
	const time = get('time_frame');
	const window = time === 'annual' || time === 'monthly' ? WINDOWS[time] : undefined;
	const fail = (c: Column, expected: string) => {
		const { file, row } = at(c);
		return new SourceError(file, row, c, expected, shown(get(c)));
	};
	if (!window) throw fail('time_frame', '"annual" or "monthly"');
	const year = readYear(get('year'), at('year'));
	if (time === 'annual' && get('month') !== 'all') throw fail('month', '"all" for an annual row');
	const period =
		time === 'annual' ? String(year) : monthPeriod(year, readMonth(get('month'), at('month')));
	return { period, window };
}

/** Says on each US point how many jurisdictions its total covers. */
function withReporting(s: Series, reporting: Map<string, Set<string>>): Series {
	const kind = s.measure.replace(/^rate\./, '').split('.')[0];
	const setting = Object.values(SETTINGS).find((x) => x.kind === kind)!;
	return {
		...s,
		points: s.points.map((p) => {
			const n = reporting.get(`${kind}|${p.period}`)?.size ?? 0;
			const note = `The total of the ${n} ${n === 1 ? 'jurisdiction' : 'jurisdictions'} (states and DC) that submitted ${setting.label} data for this period, not of the whole country.`;
			return { ...p, note: p.note ? `${p.note} ${note}` : note };
		})
	};
}
