/**
 * Deaths over a longer time and by month of death: CDC WONDER's monthly
 * counts of deaths involving synthetic opioids (final, then provisional), and
 * NCHS's final death rates of 1999–2015, crude and age-adjusted.
 */
import { compareTable } from '$lib/charts/compare-table';
import { COLORS } from '$lib/charts/palette';
import { buildTrendConfig } from '$lib/charts/trend-config';
import { latestValued } from '$lib/domain/change';
import { comparisonSummary } from '$lib/domain/compare-summary';
import { formatCount } from '$lib/domain/format';
import { plotted, type Point } from '$lib/domain/series';
import { formatPeriod } from '$lib/domain/period';
import { drawn, sourceOf, type FigureSpec, type ProfileContext } from './figure';

const FINAL = 'cdc-wonder-final';
const PROVISIONAL = 'cdc-wonder-provisional';
const MONTHLY = 'deaths.synthetic-opioids.calendar-month';
/** months before this are left off: the other charts start in 2015 too */
const FROM = '2015-01';

export function wonderFigure(ctx: ProfileContext): FigureSpec | null {
	const { profile: p, places } = ctx;
	const state = places[0]!;
	const final = p.series(FINAL, MONTHLY, state.geo);
	const lastFinal = final?.points.at(-1)?.period ?? '';
	const provisional = p.series(PROVISIONAL, MONTHLY, state.geo);
	if (!final && !provisional) return null;
	const lines = [
		{
			name: 'Final',
			label: 'Final data',
			points: final?.points.filter((x) => x.period >= FROM),
			color: COLORS.reported
		},
		{
			name: 'Provisional',
			label: 'Provisional data (months after the final data end)',
			points: provisional?.points.filter((x) => x.period > lastFinal),
			color: COLORS.predicted,
			dashed: true
		}
	];
	return {
		id: 'deaths-by-month',
		title: `Deaths involving synthetic opioids (mainly fentanyl) by month of death, ${state.name}`,
		summary: monthSummary(state.name, lines),
		ariaLabel: `Line chart: deaths involving synthetic opioids in each calendar month, ${state.name}, final and provisional.`,
		config: buildTrendConfig({
			unit: 'deaths in the month',
			incompleteLabel: 'Incomplete',
			lines: drawn(lines)
		}),
		table: compareTable('Month of death', lines, 0),
		sources: [
			...sourceOf(p, FINAL, final?.source.release),
			...sourceOf(p, PROVISIONAL, provisional?.source.release)
		],
		caveat:
			'These are deaths in each calendar month, not 12-month totals, counted wherever a synthetic opioid (code T40.4) is listed among the causes. CDC WONDER does not show counts under 10: such months are gaps here (the table gives the range 0–9), never zero. The newest provisional months are incomplete.'
	};
}

/** 'In March 2025 (provisional data), 128 people in Texas died of causes involving synthetic opioids.' */
function monthSummary(place: string, lines: { name: string; points?: readonly Point[] }[]): string {
	const found = lines
		.map((l) => ({ name: l.name, last: l.points && latestValued(l.points) }))
		.filter((x) => x.last)
		.at(-1);
	if (!found?.last) return `CDC WONDER shows no monthly count for ${place}.`;
	const n = plotted(found.last)!;
	const data = found.name === 'Final' ? 'final data' : 'provisional data, likely to rise';
	return `In ${formatPeriod(found.last.period)} (${data}), ${formatCount(n)} ${n === 1 ? 'person' : 'people'} in ${place} died of causes involving synthetic opioids, mainly fentanyl. Months under 10 deaths are not shown by CDC.`;
}

const NCHS = 'cdc-nchs-final';

export function longRunFigure(ctx: ProfileContext): FigureSpec | null {
	const { profile: p, places } = ctx;
	const state = places[0]!;
	const us = places.at(-1)!;
	const series = (measure: string, geo: string) => p.series(NCHS, measure, geo)?.points;
	const lines = [
		{
			name: `${state.name}, age-adjusted`,
			label: `${state.name}, age-adjusted`,
			points: series('rate.deaths.all-drugs.age-adjusted', state.geo),
			color: COLORS.series[0]
		},
		{
			name: `${state.name}, crude`,
			label: `${state.name}, crude`,
			points: series('rate.deaths.all-drugs.crude', state.geo),
			color: COLORS.series[0],
			dashed: true
		},
		{
			name: 'United States, age-adjusted',
			label: 'United States, age-adjusted',
			points: series('rate.deaths.all-drugs.age-adjusted', us.geo),
			color: COLORS.series[2]
		}
	];
	if (!lines[0]!.points) return null;
	return {
		id: 'rate-long-run',
		title: `Drug overdose death rates per 100,000 people, 1999–2015 (final data): ${state.name} and the United States`,
		summary: comparisonSummary({
			when: (y) => `In ${y}`,
			what: 'the age-adjusted drug overdose death rate',
			unit: 'per 100,000 people',
			places: [lines[0]!, { ...lines[1]!, name: 'crude rate' }, { ...lines[2]!, name: 'US' }]
		}),
		ariaLabel: `Line chart: final drug overdose death rates, 1999–2015, ${state.name} (age-adjusted and crude) and the US (age-adjusted).`,
		config: buildTrendConfig({ unit: 'deaths per 100,000 people', lines: drawn(lines) }),
		table: compareTable('Year', lines),
		sources: sourceOf(p, NCHS),
		caveat:
			'Final counts by calendar year, before CDC’s provisional 12-month series began. The age-adjusted rate is what CDC publishes: it weights each age group as in the US population of 2000, so states with older or younger people compare fairly. The crude rate, like the rates elsewhere on this page, is deaths over the whole population.'
	};
}
