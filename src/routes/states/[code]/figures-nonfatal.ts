/**
 * Nonfatal overdoses from CDC DOSE: emergency department visits for suspected
 * overdoses as a share of all ED visits (syndromic surveillance), and ED visits
 * per 100,000 people (discharge data). Not every state takes part; the page
 * says so in the state's own words from CDC's notes.
 */
import { compareTable } from '$lib/charts/compare-table';
import { COLORS } from '$lib/charts/palette';
import { buildTrendConfig } from '$lib/charts/trend-config';
import { latestValued } from '$lib/domain/change';
import { comparisonSummary } from '$lib/domain/compare-summary';
import { formatPeriod } from '$lib/domain/period';
import { drawn, placeLines, sourceOf, type FigureSpec, type ProfileContext } from './figure';

const SYS = 'cdc-dose-sys';
const DX = 'cdc-dose-dx';

export function edShareFigure(ctx: ProfileContext): FigureSpec | null {
	const { profile: p, places } = ctx;
	const state = places[0]!;
	const us = places.at(-1)!;
	const pick = [state, us].flatMap((place, i) =>
		[
			['share.ed-visits.all-drugs', 'any drug'],
			['share.ed-visits.fentanyl', 'fentanyl']
		].map(([measure, drug], j) => ({
			name: `${place.name}, ${drug}`,
			label: `${place.name}, ${drug}`,
			points: p.series(SYS, measure!, place.geo)?.points,
			color: COLORS.series[i * 2]!,
			dashed: j === 1
		}))
	);
	if (!pick.some((l) => l.points)) return null;
	const own = p.series(SYS, 'share.ed-visits.all-drugs', state.geo)?.points ?? [];
	const takesPart = latestValued(own) !== null;
	const why = own.at(-1)?.note ?? 'CDC shows no value.';
	return {
		id: 'ed-share',
		title: `Emergency department visits for suspected overdoses, per 10,000 ED visits: ${state.name} and the US`,
		summary: takesPart
			? comparisonSummary({
					when: (m) => `In the 12 months ending ${formatPeriod(m)}`,
					what: 'the share of emergency department visits that were for a suspected overdose involving any drug',
					unit: 'per 10,000 visits',
					places: [pick[0]!, pick[2]!]
				})
			: `${state.name} has no value in CDC's syndromic data: ${why}`,
		ariaLabel: `Line chart: suspected overdose ED visits per 10,000 ED visits over 12 months, ${state.name} and the US, any drug and fentanyl.`,
		config: buildTrendConfig({
			unit: 'per 10,000 ED visits (12 months)',
			lines: drawn(pick)
		}),
		table: compareTable('12 months ending', pick),
		sources: sourceOf(p, SYS),
		caveat:
			'A share of visits, not of people: suspected overdoses per 10,000 visits to the emergency departments that report. The US line combines the states taking part in each period, not the whole country. No division value is shown: it would need each state’s total ED visits, which CDC does not publish here. March–August 2020 are left out by CDC.'
	};
}

export function edRateFigure(ctx: ProfileContext): FigureSpec | null {
	const { profile: p, places } = ctx;
	const state = places[0]!;
	const measure = 'rate.ed-visits.all-drugs';
	const lines = placeLines(ctx, DX, measure);
	if (!lines.some((l) => l.points)) return null;
	const takesPart = !!lines[0]!.points;
	const members = p.combined(DX, measure, places[1]?.geo ?? '')?.members ?? [];
	const absent = `${state.name} is not among the states in CDC's DOSE discharge data. ${
		members.length
			? `Its division's states that take part (${members.join(', ')}) and the US are shown.`
			: 'The US is shown.'
	}`;
	return {
		id: 'ed-rate',
		title: `Emergency department visits for nonfatal overdoses per 100,000 people, by year: ${places.map((x) => x.name).join(', ')}`,
		summary: takesPart
			? comparisonSummary({
					when: (y) => `In ${y}`,
					what: 'the rate of emergency department visits for a nonfatal overdose involving any drug',
					unit: 'per 100,000 people',
					places: lines
				})
			: absent,
		ariaLabel: `Line chart: ED visits for nonfatal overdoses per 100,000 people by year, ${state.name}, its division and the US.`,
		config: buildTrendConfig({ unit: 'ED visits per 100,000 people', lines: drawn(lines) }),
		table: compareTable('Year', lines, 1),
		sources: sourceOf(p, DX),
		caveat:
			'From hospital discharge records of the states that take part (about 30, plus DC). The US value is CDC’s, for those states. The division’s rate is computed here from its participating states, weighted by population.'
	};
}
