/**
 * Overdose death rates by county, DERIVED by a third party — The Guardian's
 * us-overdoses pipeline (Matt Kiefer and Hannah Harris Green), file
 * `viz/output/od_counties.json` — from CDC's VSRR Provisional County-Level
 * Drug Overdose Death Counts (data.cdc.gov gb4e-yj24, release of 2025-07-16).
 * No official county file is at hand, so this stands in for it, marked derived.
 *
 * Shape: `{ "<5-digit county FIPS>": { cty_name, st_name, pop, mort_100k,
 * pct_chg_mort, pct_medicaid } }`. What the third party's code computes:
 * `mort_100k` = CDC's count for the 12 months ending December 2024 ÷ `pop` ×
 * 100,000; `pct_chg_mort` = the change of that count from the 12 months ending
 * August 2023, as a fraction; `pop` = the total of ACS 2019–2023 5-year table
 * B27010 (civilian noninstitutionalized population), a string. Its code leaves
 * a value null when a count is blank (CDC suppresses 1–9 deaths) or zero, so
 * null is never read as 0. `pct_medicaid` (share of 19–64-year-olds with
 * Medicaid only) is an ACS figure, not overdose data, and is not read here.
 */
import { shown } from '../cells';
import { SeriesBuilder } from '../series-builder';
import { SourceError, type JsonAdapter } from '../types';
import type { Point } from '../../domain/series';

const FIELDS = ['cty_name', 'st_name', 'pop', 'mort_100k', 'pct_chg_mort'] as const;
type County = Record<(typeof FIELDS)[number], unknown>;

const SERIES = {
	rate: {
		measure: 'rate.deaths.all-drugs.crude',
		unit: 'deaths per 100,000 people in the 12 months ending in the month'
	},
	change: {
		measure: 'change.deaths.all-drugs',
		unit: '% change from the 12 months ending August 2023'
	},
	population: {
		measure: 'population',
		unit: 'people (ACS 2019–2023 5-year estimate, civilian noninstitutionalized population)'
	}
};
const NO_RATE =
	'No rate in the derived file: CDC’s county count was suppressed (1 to 9 deaths) or not published, or it was 0, which the third party’s code leaves out too.';
const NO_CHANGE =
	'No change in the derived file: one of the two counts was suppressed (1 to 9 deaths), not published, or 0.';

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

export const cdcVsrrCountyDerived: JsonAdapter = {
	format: 'json',
	id: 'cdc-vsrr-county-derived',
	title: 'County overdose death rates, derived from CDC’s provisional county counts (The Guardian)',
	publisher:
		'The Guardian’s us-overdoses project, from CDC National Center for Health Statistics data',
	url: 'https://github.com/mattkiefer/us-overdoses',
	downloads: [
		{
			url: 'https://raw.githubusercontent.com/mattkiefer/us-overdoses/326e8b51c89156304a1712ebca33bed7fdb5a20f/viz/output/od_counties.json',
			name: 'od_counties.json'
		}
	],
	license:
		'MIT License (The Guardian, Matt Kiefer and Hannah Harris Green); the CDC and Census data it uses are public domain',
	derived: true,
	caveats: [
		'Not an official file: a third party (The Guardian’s us-overdoses pipeline) built these figures from CDC’s VSRR Provisional County-Level Drug Overdose Death Counts (https://data.cdc.gov/NCHS/VSRR-Provisional-County-Level-Drug-Overdose-Death-/gb4e-yj24), release of July 16, 2025.',
		'The rate is provisional drug overdose deaths in the 12 months ending December 2024 per 100,000 people; the change compares that count with the 12 months ending August 2023.',
		'The population is the American Community Survey 2019–2023 5-year estimate of the civilian noninstitutionalized population (the universe of table B27010), not the Census Bureau’s resident population estimate, so these rates differ a little from CDC’s.',
		'A blank value means CDC suppressed the county’s count (1 to 9 deaths) or did not publish it — or it was 0, which the third party’s code also leaves blank. It is never shown as 0.'
	],
	combine: 'newest-release',
	detectJson(value) {
		if (!isRecord(value)) return false;
		const entries = Object.entries(value);
		return (
			entries.length > 0 &&
			entries.every(([k, v]) => /^\d{5}$/.test(k) && isRecord(v) && FIELDS.every((f) => f in v))
		);
	},
	readJson(value, file, ctx) {
		if (!this.detectJson(value))
			throw new SourceError(
				file,
				null,
				null,
				'an object of 5-digit county FIPS codes, each with cty_name, st_name, pop, mort_100k and pct_chg_mort',
				'another shape'
			);
		const out = new SeriesBuilder(this.id, file);
		let rowsRead = 0;
		for (const [fips, county] of Object.entries(value as Record<string, County>)) {
			rowsRead++;
			const at = (field: string) => `${fips}.${field}`;
			const state = ctx.geography.byFips.get(fips.slice(0, 2));
			if (!state || county.st_name !== state.name)
				throw new SourceError(
					file,
					null,
					at('st_name'),
					state ? `"${state.name}", the state of FIPS ${fips}` : 'a county in a known state',
					shown(String(county.st_name))
				);
			const rate = number(county.mort_100k, file, at('mort_100k'));
			const change = number(county.pct_chg_mort, file, at('pct_chg_mort'));
			const pop = population(county.pop, file, at('pop'));
			const row = rowsRead + 1;
			out.add({ ...SERIES.rate, geo: fips }, point('2024-12', rate, NO_RATE), row);
			out.add(
				{ ...SERIES.change, geo: fips },
				point('2024-12', change === null ? null : Math.round(change * 10000) / 100, NO_CHANGE),
				row
			);
			out.add(
				{ ...SERIES.population, geo: fips },
				pop === null
					? {
							period: '2019-2023',
							value: null,
							status: 'missing',
							note: 'No population in the derived file.'
						}
					: { period: '2019-2023', value: pop, status: 'final' },
				row
			);
		}
		return { series: out.build(), rowsRead, skipped: [], release: '2024-12' };
	}
};

function point(period: string, value: number | null, gap: string): Point {
	return value === null
		? { period, value, status: 'missing', note: gap }
		: { period, value, status: 'provisional' };
}

/** A number or null; anything else names the county and field. */
function number(v: unknown, file: string, at: string): number | null {
	if (v === null) return null;
	if (typeof v === 'number' && Number.isFinite(v)) return v;
	throw new SourceError(file, null, at, 'a number or null', found(v));
}

/** `pop` is written as a string of digits (or null). */
function population(v: unknown, file: string, at: string): number | null {
	if (v === null) return null;
	if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
	throw new SourceError(file, null, at, 'a population written as digits, or null', found(v));
}

/** A JSON value as a message shows it: strings quoted, anything else named. */
function found(v: unknown): string {
	return typeof v === 'string' ? shown(v) : `a ${typeof v} (${JSON.stringify(v)})`;
}
