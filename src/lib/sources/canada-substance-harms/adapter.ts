/**
 * Public Health Agency of Canada, Health Infobase: "Opioid- and
 * Stimulant-related Harms in Canada" (SubstanceHarmsData.csv).
 *
 * A long table: one row per substance × source (deaths, hospitalizations, ED
 * visits, EMS) × specific measure × region × period × breakdown × unit. Only
 * the "Overall numbers" are read — counts ("Number") and crude rates per
 * 100,000 ("Crude rate") — by year ('2019') and by quarter ('2019 Q1'); the
 * breakdowns by sex, age, manner of death, type of drug and so on are left
 * out, counted by kind. The current year's label ("2025 (Jan to Sep)") marks
 * a partial year. "Suppr." is a count held back for confidentiality, "n/a" a
 * value not available: neither is ever 0. Regions are Canada, the provinces
 * and territories (PRUID), the three territories combined, and a few cities
 * and health regions, which are left out. LF, no BOM.
 *
 * Series: measure `canada.<source>.<substance>`; the yearly count has no
 * variant, the quarterly count is variant 'quarterly', the yearly crude rate
 * variant 'crude-rate'.
 */
import { canadianRegionByPruid } from '../../domain/canada';
import { columns, readNumber, shown } from '../cells';
import { SeriesBuilder } from '../series-builder';
import { FileTally } from '../file-tally';
import { SourceError, type CsvAdapter, type RowSink } from '../types';
import { periodOf, readUnit, SOURCES, SUBSTANCES, type Unit } from './labels';

const COLUMNS = [
	'Substance',
	'Source',
	'Specific_Measure',
	'Region',
	'PRUID',
	'Time_Period',
	'Year_Quarter',
	'Unit',
	'Value'
] as const;
type Column = (typeof COLUMNS)[number];

const SUPPRESSED =
	'Suppressed (Suppr.): held back in a province or territory with low numbers of cases, to protect confidentiality.';
const NOT_AVAILABLE =
	'Not available (n/a): the data were not available at the time of publication.';

export const canadaSubstanceHarms: CsvAdapter = {
	id: 'canada-substance-harms',
	title: 'Opioid- and Stimulant-related Harms in Canada',
	publisher: 'Public Health Agency of Canada (Health Infobase)',
	url: 'https://health-infobase.canada.ca/substance-related-harms/opioids-stimulants/',
	downloads: [
		{
			url: 'https://health-infobase.canada.ca/src/doc/SRHD/SubstanceHarmsData.csv',
			name: 'SubstanceHarmsData.csv'
		}
	],
	license: 'Open Government Licence – Canada',
	caveats: [
		'Canada counts apparent opioid and stimulant toxicity deaths (one or more opioids, or stimulants, involved), reported by coroners and medical examiners; the definitions differ from US death certificate codes, so compare trends, not levels.',
		'Provinces and territories identify and report cases differently, and some report only part of the period: compare them with caution.',
		'Figures are preliminary and revised with every quarterly update, especially for recent quarters where death investigations are still open.',
		'The latest year is partial (the months are named beside it) and its total is not comparable with full years.',
		'“Suppressed” counts are held back to protect confidentiality where numbers are low; “not available” means no data were reported. Neither is zero.',
		'Rates are crude rates per 100,000 population.'
	],
	combine: 'newest-release',
	headers: [COLUMNS],
	open(header, file): RowSink {
		const at = columns(header, COLUMNS, file);
		const out = new SeriesBuilder(this.id, file);
		const tally = new FileTally();

		return {
			row(cells, row) {
				const get = (c: Column) => (cells[at[c]] ?? '').trim();
				const fail = (c: Column, expected: string) =>
					new SourceError(file, row, c, expected, shown(get(c)));
				if (get('Specific_Measure') !== 'Overall numbers')
					return tally.skip(
						`a breakdown (${get('Specific_Measure')}): only overall numbers are read`,
						row
					);
				const region = canadianRegionByPruid(get('PRUID'));
				if (!region) throw fail('PRUID', 'a Canadian province or territory code (PRUID)');
				if (get('Region') !== region.name)
					return tally.skip(`an area inside a province or territory (${get('Region')})`, row);
				const source = SOURCES.get(get('Source'));
				if (!source) throw fail('Source', `one of ${[...SOURCES.keys()].join(', ')}`);
				const substance = SUBSTANCES.get(get('Substance'));
				if (!substance) throw fail('Substance', `one of ${[...SUBSTANCES.keys()].join(', ')}`);
				const unit: Unit | undefined = readUnit(get('Unit'), source.noun);
				if (!unit) throw fail('Unit', '"Number" or "Crude rate"');
				const p = periodOf(get('Time_Period'), get('Year_Quarter'));
				if (!p)
					throw fail('Year_Quarter', 'a year ("2019"), a quarter ("2019 Q1") or a partial year');
				const variant = [p.quarterly ? 'quarterly' : '', unit.variant].filter(Boolean).join('-');

				const value = get('Value');
				const base = {
					period: p.period,
					...(p.note ? { note: p.note } : {}),
					...(p.incomplete ? { incomplete: true } : {})
				};
				if (value === '') throw fail('Value', 'a number, "Suppr." or "n/a"');
				const number =
					value === 'Suppr.' || value === 'n/a'
						? null
						: readNumber(value, { file, row, column: 'Value' });
				if (number !== null && number < 0)
					throw fail('Value', 'a number of 0 or more, "Suppr." or "n/a"');
				tally.saw(p.period);
				const dup = out.add(
					{
						measure: `canada.${source.id}.${substance}`,
						geo: region.code,
						unit: unit.unit,
						...(variant ? { variant } : {})
					},
					number !== null
						? { ...base, value: number, status: 'provisional' }
						: value === 'Suppr.'
							? {
									...base,
									value: null,
									status: 'suppressed',
									note: joinNotes(base.note, SUPPRESSED)
								}
							: {
									...base,
									value: null,
									status: 'missing',
									note: joinNotes(base.note, NOT_AVAILABLE)
								},
					row
				);
				if (dup) tally.duplicate(row);
			},
			end: () => tally.result(out.build())
		};
	}
};

const joinNotes = (a: string | undefined, b: string) => (a ? `${a} ${b}` : b);
