/**
 * CDC DOSE-SYS — nonfatal overdose syndromic surveillance: emergency
 * department visits for a suspected nonfatal overdose per 10,000 of all ED
 * visits (a share of visits, not of people), by drug.
 *
 * Two sheets of CDC's workbook, exported as CSV: `Jurisdiction` (states and
 * DC) and `Overall` (the participating jurisdictions combined, as "US", with
 * breakdowns by sex and age group that are left out here, counted). Grain: one
 * row per place × month × `rate_time`: `Monthly` is the rate in that month,
 * `Annual` the rate over the 12 months ending in it; they become separate
 * measures (`share.ed-visits.<drug>.calendar-month` and the plain id). Rates
 * are strings: `*` suppressed, `§` not shared, `¶` not taking part (UTF-8).
 * March–August 2020 are excluded. The `Data Dictionary` sheet is not data and
 * matches neither header, so the pipeline passes it over.
 */
import { columns, readCount, readMonth, readYear, shown } from '../cells';
import { monthPeriod } from '../../domain/period';
import { SeriesBuilder } from '../series-builder';
import { FileTally } from '../file-tally';
import { SourceError, type CsvAdapter, type RowSink } from '../types';
import { DRUGS, SYS_RATES } from './drugs';
import { sysPoint } from './markers';

const JURISDICTION = ['jurisdiction', 'year', 'month', 'rate_time', ...SYS_RATES] as const;
const OVERALL = [
	'geoid',
	'year',
	'month',
	'rate_time',
	'jurisdiction_count',
	'sex',
	'age_range',
	...SYS_RATES
] as const;
type Column = (typeof OVERALL)[number] | (typeof JURISDICTION)[number];

const PER_VISITS = 'suspected overdose ED visits per 10,000 ED visits';
const WINDOWS = {
	Monthly: { suffix: '.calendar-month', unit: `${PER_VISITS} in the month`, rolling: false },
	Annual: { suffix: '', unit: `${PER_VISITS} in the 12 months ending in the month`, rolling: true }
} as const;

export const cdcDoseSys: CsvAdapter = {
	id: 'cdc-dose-sys',
	title: 'CDC DOSE: suspected nonfatal overdose ED visits (syndromic surveillance)',
	publisher: 'CDC National Center for Injury Prevention and Control',
	url: 'https://www.cdc.gov/overdose-prevention/data-research/facts-stats/dose-dashboard-nonfatal-surveillance-data.html',
	license: 'Public domain (US federal government work)',
	caveats: [
		'Rates are emergency department visits for a suspected nonfatal overdose per 10,000 of all ED visits: a share of visits, not of people, so they cannot be compared with rates per 100,000 people.',
		'Two windows: the rate in one month, and CDC’s “annual” rate over the 12 months ending in the month shown. Compare a 12-month rate with the same month a year earlier.',
		'Suspected: syndromic surveillance reads ED records within days, before diagnoses are final, and CDC updates the numbers as data arrive.',
		'CDC left March–August 2020 out (the onset of the COVID-19 pandemic); those months, and 12-month windows that include them, are shown as not available.',
		'Suppressed (*): a rate based on fewer than 20 overdoses. Not available: the state does not share these data (§) or does not take part (¶).',
		'The US rate is for the jurisdictions taking part in each period combined, not the whole country; their number changes over time.',
		'Drug categories overlap: one visit can involve several drugs. “Fentanyl” is DOSE’s fentanyl syndrome, not the synthetic-opioid (T40.4) category of death data.'
	],
	combine: 'newest-release',
	headers: [OVERALL, JURISDICTION],
	open(header, file, ctx): RowSink {
		const overall = header.some((h) => h.trim() === 'geoid');
		const col: Partial<Record<Column, number>> = columns<Column>(
			header,
			overall ? OVERALL : JURISDICTION,
			file
		);
		const out = new SeriesBuilder(this.id, file);
		const tally = new FileTally();

		return {
			row(cells, row) {
				const get = (c: Column) => (cells[col[c]!] ?? '').trim();
				const at = (c: Column) => ({ file, row, column: c });
				let geo: string;
				let note = '';
				if (overall) {
					if (get('geoid') !== 'US')
						return tally.skip(`geoid ${shown(get('geoid'))} is not the US`, row);
					if (get('sex') !== 'Total' || get('age_range') !== 'Total')
						return tally.skip(
							'a breakdown of the US rate by sex or age group (the dashboard keeps totals)',
							row
						);
					const n = readCount(get('jurisdiction_count'), at('jurisdiction_count'));
					geo = 'US';
					note = `The rate of the ${n} jurisdictions (states and DC) taking part in this period combined, not of the whole country.`;
				} else {
					const place = ctx.geography.byCode.get(get('jurisdiction'));
					if (!place?.fips)
						return tally.skip(
							`jurisdiction ${shown(get('jurisdiction'))} is not a state or DC`,
							row
						);
					geo = place.code;
				}
				const period = monthPeriod(
					readYear(get('year'), at('year')),
					readMonth(get('month'), at('month'))
				);
				tally.saw(period);
				const time = get('rate_time');
				const window = time === 'Monthly' || time === 'Annual' ? WINDOWS[time] : undefined;
				if (!window)
					throw new SourceError(file, row, 'rate_time', '"Monthly" or "Annual"', shown(time));

				for (const [i, [drug]] of DRUGS.entries()) {
					const column = SYS_RATES[i]!;
					const p = sysPoint(get(column), period, window.rolling, at(column));
					if (note) p.note = p.note ? `${p.note} ${note}` : note;
					const key = {
						measure: `share.ed-visits.${drug}${window.suffix}`,
						geo,
						unit: window.unit
					};
					if (out.add(key, p, row) && i === 0) return tally.duplicate(row);
				}
			},
			end: () => tally.result(out.build())
		};
	}
};
