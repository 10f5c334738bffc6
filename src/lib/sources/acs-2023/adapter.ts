/**
 * American Community Survey 2023 1-year estimates, tables C17002 (ratio of
 * income to poverty level) and B27010 (types of health insurance coverage by
 * age), as Census Reporter repackages them: one row per state (geoid
 * '04000USxx', the state FIPS code at the end) or the nation ('01000US'), then
 * every cell and its margin of error ("C17002001, Error" — a header name with
 * a comma, quoted). Column meanings are in Census Reporter's .metadata.json.
 *
 * Derived here, with 90 % margins of error from the Census Bureau's formulas
 * for sums and proportions (../../../domain/moe.ts):
 *   share.poverty   = (C17002002 + C17002003) / C17002001 × 100
 *                     (income under 0.50 and 0.50–0.99 times the poverty line)
 *   share.uninsured = (B27010017 + B27010033 + B27010050 + B27010066) / B27010001 × 100
 *                     (the "No health insurance coverage" cell of each age group)
 * Only 2023 is here: a cross-section, not a time series.
 */
import { moeOfProportion, moeOfSum } from '../../domain/moe';
import type { Point } from '../../domain/series';
import { columns, readCount, readNumber, shown } from '../cells';
import { readStateFips } from '../places';
import { SeriesBuilder } from '../series-builder';
import { FileTally } from '../file-tally';
import { SourceError, type CsvAdapter, type RowSink } from '../types';
import { formatNumber } from '../../domain/format';

const YEAR = '2023';

interface Share {
	table: string;
	measure: string;
	unit: string;
	total: string;
	parts: readonly string[];
}

export const SHARES: readonly Share[] = [
	{
		table: 'C17002',
		measure: 'share.poverty',
		unit: '% of people whose poverty status is determined',
		total: 'C17002001',
		parts: ['C17002002', 'C17002003']
	},
	{
		table: 'B27010',
		measure: 'share.uninsured',
		unit: '% of the civilian noninstitutionalized population',
		total: 'B27010001',
		parts: ['B27010017', 'B27010033', 'B27010050', 'B27010066']
	}
];

const cellsOf = (s: Share) => [s.total, ...s.parts];
const headerOf = (s: Share) => ['geoid', 'name', ...cellsOf(s).flatMap((c) => [c, `${c}, Error`])];

/** Census Reporter names its files acs2023_1yr_…; a file of another year must not pass for 2023. */
function checkYear(file: string): void {
	const year = /acs(\d{4})_/.exec(file)?.[1];
	if (year && year !== YEAR)
		throw new SourceError(
			file,
			null,
			null,
			`the ACS ${YEAR} release`,
			`a file named for ACS ${year}`
		);
}

function geoOf(geoid: string): { fips?: string; us?: boolean } | null {
	if (geoid === '01000US') return { us: true };
	const m = /^04000US(\d{2})$/.exec(geoid);
	return m ? { fips: m[1] } : null;
}

export const acs2023: CsvAdapter = {
	id: 'acs-2023',
	title: 'American Community Survey 2023 (1-year): poverty and health insurance',
	publisher: 'U.S. Census Bureau (via Census Reporter)',
	url: 'https://data.census.gov/table/ACSDT1Y2023.C17002',
	license: 'Public domain (US federal government work)',
	caveats: [
		'Survey estimates for 2023 only (a single year, not a trend).',
		'Poverty: people whose family income is below the official poverty line, out of everyone whose poverty status can be determined (table C17002).',
		'Uninsured: people with no health insurance coverage, out of the civilian population not living in institutions (table B27010).',
		'The range beside each share is a 90 % margin of error, computed from the published margins with the Census Bureau’s formulas for sums and proportions (ACS General Handbook, chapter 8); it is an approximation.'
	],
	combine: 'newest-release',
	headers: SHARES.map(headerOf),
	open(header, file, ctx): RowSink {
		checkYear(file);
		const share = SHARES.find((s) => header.some((h) => h.trim() === s.total))!;
		const at = columns(header, headerOf(share), file);
		const out = new SeriesBuilder(this.id, file);
		const tally = new FileTally();
		tally.release = YEAR;

		const read = (cells: readonly string[], row: number, column: string, moe: boolean) =>
			(moe ? readNumber : readCount)(cells[at[column]!], { file, row, column });

		const point = (cells: readonly string[], row: number): Point => {
			const [total, ...parts] = cellsOf(share).map((c) => read(cells, row, c, false));
			const [totalMoe, ...partMoes] = cellsOf(share).map((c) =>
				read(cells, row, `${c}, Error`, true)
			);
			if (!total || parts.some((p) => p === null))
				return { period: YEAR, value: null, status: 'missing', note: 'No estimate in the file.' };
			const x = parts.reduce<number>((n, p) => n + p!, 0);
			if (x > total)
				throw new SourceError(
					file,
					row,
					share.total,
					`a total of at least ${x}, the sum of its parts`,
					shown(String(total))
				);
			const value = (x / total) * 100;
			// Census codes a margin it cannot give as a negative number; then no range is shown.
			const moes = [totalMoe, ...partMoes];
			if (moes.some((m) => m == null || m < 0)) return { period: YEAR, value, status: 'final' };
			const moe = moeOfProportion(x, moeOfSum(partMoes as number[]), total, totalMoe!) * 100;
			return {
				period: YEAR,
				value,
				status: 'final',
				low: Math.max(0, value - moe),
				high: Math.min(100, value + moe),
				note: `90 % margin of error: ±${formatNumber(moe, 2)} percentage points (derived from the published margins).`
			};
		};

		return {
			row(cells, row) {
				const geoid = (cells[at.geoid!] ?? '').trim();
				const place = geoOf(geoid);
				if (!place) return tally.skip(`geoid ${shown(geoid)} is not a state or the nation`, row);
				const geo = place.us
					? 'US'
					: readStateFips(ctx.geography, place.fips, { file, row, column: 'geoid' });
				const dup = out.add(
					{ measure: share.measure, geo, unit: share.unit },
					point(cells, row),
					row
				);
				if (dup) tally.duplicate(row);
			},
			end: () => tally.result(out.build())
		};
	}
};
