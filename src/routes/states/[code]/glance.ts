/** The rows of the profile's "at a glance" table, in reading order. */
import type { GlanceSpec } from '$lib/charts/glance-table';
import { formatPeriodShort } from '$lib/domain/period';
import { comparisonSummary } from '$lib/domain/compare-summary';
import type { GeoProfile } from '$lib/domain/geo-file';
import { crudeRate } from '$lib/domain/profile';
import { deathCountSummary } from '$lib/domain/summary';
import { sourceOf, type ProfileContext } from './figure';
import { VSRR } from './figures-deaths';

const in12 = (p: string) => `12 months to ${formatPeriodShort(p)}`;
const vsrr = (measure: string, label: string, show?: GlanceSpec['show']): GlanceSpec => ({
	dataset: VSRR,
	measure,
	label,
	show,
	period: in12
});

export const GLANCE: readonly (GlanceSpec | 'medicaid')[] = [
	vsrr('deaths.all-drugs', 'Overdose deaths, all drugs'),
	vsrr('deaths.all-drugs', 'Change from a year earlier, in %', 'change'),
	vsrr('deaths.all-drugs', 'Deaths per 100,000 people (crude rate)', 'crude-rate'),
	vsrr('deaths.synthetic-opioids', 'Deaths involving synthetic opioids (mainly fentanyl)'),
	vsrr('deaths.synthetic-opioids', 'Change from a year earlier, in %', 'change'),
	vsrr('deaths.synthetic-opioids', 'Deaths per 100,000 people (crude rate)', 'crude-rate'),
	vsrr('deaths.psychostimulants', 'Deaths involving psychostimulants (mainly methamphetamine)'),
	vsrr('deaths.cocaine', 'Deaths involving cocaine'),
	vsrr('deaths.heroin', 'Deaths involving heroin'),
	{
		dataset: 'cdc-dose-sys',
		measure: 'share.ed-visits.all-drugs',
		label: 'Suspected overdoses per 10,000 emergency visits',
		period: in12
	},
	{
		dataset: 'cdc-dose-dx',
		measure: 'rate.ed-visits.all-drugs',
		label: 'Emergency visits for nonfatal overdoses per 100,000 people'
	},
	{
		dataset: 'dea-nflis',
		measure: 'lab-reports.fentanyl',
		label: 'Fentanyl lab reports in seized drugs'
	},
	{
		dataset: 'cdc-dispensing',
		measure: 'dispensing.naloxone',
		label: 'Naloxone prescriptions filled per 100 people'
	},
	{
		dataset: 'cdc-dispensing',
		measure: 'dispensing.buprenorphine',
		label: 'Buprenorphine prescriptions filled per 100 people'
	},
	'medicaid',
	{
		dataset: 'samhsa-nsduh',
		measure: 'prevalence.opioid-use-disorder',
		label: 'People aged 12+ with opioid use disorder, in %'
	},
	{ dataset: 'acs-2023', measure: 'share.poverty', label: 'People below the poverty line, in %' },
	{
		dataset: 'acs-2023',
		measure: 'share.uninsured',
		label: 'People without health insurance, in %'
	},
	{
		dataset: 'census-state-economic-derived',
		measure: 'income.median-household',
		label: 'Median household income, US dollars (derived)'
	},
	{
		dataset: 'census-state-economic-derived',
		measure: 'share.unemployment',
		label: 'Unemployment, in % (survey, derived)'
	}
];

/** Every dataset the table draws on, once, as the sources under it. */
export function glanceSources(p: GeoProfile) {
	const ids = [
		...new Set(GLANCE.map((s) => (s === 'medicaid' ? 'kff-medicaid-expansion' : s.dataset)))
	];
	return [...ids, 'census-population'].flatMap((id) => sourceOf(p, id));
}

/** The headline in one sentence: the latest year of deaths, its change, and the rate beside the division and the US. */
export function glanceSummary(ctx: ProfileContext): string {
	const { profile: p, places } = ctx;
	const state = places[0]!;
	const deaths = p.series(VSRR, 'deaths.all-drugs', state.geo);
	const head = deaths
		? deathCountSummary({ place: state.name, diedOf: 'a drug overdose', points: deaths.points })
		: `CDC publishes no count of overdose deaths for ${state.name} in the files read here.`;
	const rate = comparisonSummary({
		// the rate's latest period is the count's: the 2024 population stands in for later years
		when: () => 'Over the same 12 months',
		what: 'the death rate',
		unit: 'per 100,000 people',
		places: places.map((pl) => ({
			name: pl.name,
			points: crudeRate(p, VSRR, 'deaths.all-drugs', pl) ?? undefined
		}))
	});
	return `${head} ${rate}`;
}
