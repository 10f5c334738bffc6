/**
 * The profile's death charts from CDC VSRR: 12-month-ending counts (reported
 * and predicted), crude rates beside the division and the US, other drugs,
 * and New York City beside the rest of New York State.
 */
import { compareTable } from '$lib/charts/compare-table';
import { deathTable } from '$lib/charts/death-table';
import { COLORS } from '$lib/charts/palette';
import { buildTrendConfig, type TrendLine } from '$lib/charts/trend-config';
import { comparisonSummary, listSummary } from '$lib/domain/compare-summary';
import { NY_EXCL_NYC } from '$lib/domain/geo';
import { measure } from '$lib/domain/measures';
import { formatPeriod } from '$lib/domain/period';
import { crudeRate, placeLabel } from '$lib/domain/profile';
import { deathCountSummary } from '$lib/domain/summary';
import { sourceOf, type FigureSpec, type ProfileContext } from './figure';

export const VSRR = 'cdc-vsrr-state';
const POPULATION = 'census-population';
const OVERLAP =
	'Each point counts deaths in the 12 months ending that month, so neighbouring months overlap by 11 months: compare a month with the same month a year earlier.';
const in12 = (period: string) => `In the 12 months ending ${formatPeriod(period)}`;

/** Words for a death measure: 'synthetic opioids, mainly fentanyl' from its catalogue label. */
const drugWords = (id: string) =>
	measure(id)!
		.label.replace(/^Overdose deaths involving /, '')
		.replace(/^Drug overdose deaths, /, '');

export function deathTrendFigure(ctx: ProfileContext, measureId: string): FigureSpec {
	const { profile: p, places } = ctx;
	const state = places[0]!;
	const m = measure(measureId)!;
	const reported = p.series(VSRR, measureId, state.geo);
	const predicted = p.series(VSRR, measureId, state.geo, 'predicted');
	const pending = p.series(VSRR, measureId, state.geo, 'pct-pending');
	const lines: TrendLine[] = [
		...(reported ? [{ label: 'Reported', points: reported.points, color: COLORS.reported }] : []),
		...(predicted
			? [
					{
						label: 'Predicted (adjusted for reporting delays)',
						points: predicted.points,
						color: COLORS.predicted,
						dashed: true
					}
				]
			: [])
	];
	const drug = drugWords(measureId);
	return {
		id: `deaths-${measureId.split('.')[1]}`,
		title: `${m.label}, ${state.name}: deaths in the 12 months ending each month`,
		summary: reported
			? deathCountSummary({ place: state.name, diedOf: m.diedOf!, points: reported.points })
			: `CDC publishes no count of overdose deaths involving ${drug} for ${state.name} in the files read here.`,
		ariaLabel: `Line chart: 12-month-ending count of ${m.label.toLowerCase()}, ${state.name}, reported and predicted.`,
		config: buildTrendConfig({
			unit: 'deaths in 12 months',
			incompleteLabel: 'Underreported',
			lines
		}),
		table: reported
			? deathTable({
					reported: reported.points,
					predicted: predicted?.points,
					pending: pending?.points
				})
			: { columns: [{ label: '12 months ending' }], rows: [] },
		sources: sourceOf(p, VSRR, reported?.source.release),
		caveat: `${OVERLAP} Counts are provisional: the shaded recent months are underreported while death investigations finish, and CDC's predicted value adjusts for that delay.`
	};
}

export function rateFigure(ctx: ProfileContext, measureId: string): FigureSpec {
	const { profile: p, places } = ctx;
	const rated = places.map((place, i) => ({
		name: place.name,
		label: placeLabel(p, VSRR, measureId, place),
		points: crudeRate(p, VSRR, measureId, place) ?? undefined,
		color: COLORS.series[i]!
	}));
	const drug = drugWords(measureId);
	const state = places[0]!;
	return {
		id: `rate-${measureId.split('.')[1]}`,
		title: `Death rate per 100,000 people, ${drug}: ${places.map((x) => x.name).join(', ')}`,
		summary: comparisonSummary({
			when: in12,
			what: `the crude death rate from overdoses involving ${drug}`,
			unit: 'per 100,000 people',
			places: rated
		}),
		ariaLabel: `Line chart: crude death rate per 100,000 people, ${drug}, ${state.name} beside its division and the US.`,
		config: buildTrendConfig({
			unit: 'deaths per 100,000 people (12 months)',
			incompleteLabel: 'Underreported',
			lines: rated.filter((r) => r.points).map((r) => ({ ...r, points: r.points! }))
		}),
		table: compareTable('12 months ending', rated, 1),
		sources: [
			...sourceOf(p, VSRR, p.series(VSRR, measureId, state.geo)?.source.release),
			...sourceOf(p, POPULATION)
		],
		caveat: `These are crude rates: reported deaths divided by the population (Census Bureau estimates of the year each period ends in; the 2024 estimate stands in for later months), times 100,000. They are not adjusted for age; CDC's published state rates usually are, so they differ. The division's rate is its states' deaths over their combined population. ${OVERLAP}`
	};
}

const OTHER_DRUGS = ['deaths.psychostimulants', 'deaths.cocaine', 'deaths.heroin'];

export function otherDrugsFigure(ctx: ProfileContext): FigureSpec {
	const { profile: p, places } = ctx;
	const state = places[0]!;
	const has = OTHER_DRUGS.some((id) => p.series(VSRR, id, state.geo));
	const place = has ? state : places.at(-1)!;
	const drugs = OTHER_DRUGS.map((id, i) => ({
		id,
		label: drugWords(id),
		name: drugWords(id),
		points: p.series(VSRR, id, place.geo)?.points,
		color: COLORS.series[i]!
	}));
	const summary = listSummary({
		when: in12,
		intro: `people in ${place.name === 'United States' ? 'the United States' : place.name} who died of an overdose involving each drug`,
		items: drugs
	});
	const missing = has
		? ''
		: `CDC's files read here have no counts by these drugs for ${state.name}, so the United States is shown. `;
	return {
		id: 'deaths-other-drugs',
		title: `Overdose deaths involving methamphetamine and other psychostimulants, cocaine and heroin: ${place.name}`,
		summary: `${missing}${summary}`,
		ariaLabel: `Line chart: 12-month-ending overdose deaths by drug, ${place.name}.`,
		config: buildTrendConfig({
			unit: 'deaths in 12 months',
			incompleteLabel: 'Underreported',
			lines: drugs.filter((d) => d.points).map((d) => ({ ...d, points: d.points! }))
		}),
		table: compareTable('12 months ending', drugs, 0),
		sources: sourceOf(p, VSRR),
		caveat: `One death can involve several drugs, so these counts overlap and do not add up to the total. "Psychostimulants" are mainly methamphetamine. For most states CDC's newer files here carry only the all-drug and fentanyl counts; where a state's drug counts end in 2018, that is the newest release that has them. ${OVERLAP}`
	};
}

/** New York's page: CDC reports New York City apart from the rest of the state. */
export function nycFigure(ctx: ProfileContext): FigureSpec | null {
	const { profile: p } = ctx;
	const parts = [
		['YC', 'New York City'],
		[NY_EXCL_NYC, 'Rest of New York State']
	] as const;
	const lines = ['deaths.all-drugs', 'deaths.synthetic-opioids'].flatMap((id, j) =>
		parts.map(([geo, name], i) => ({
			name: `${name}, ${j ? 'synthetic opioids' : 'all drugs'}`,
			label: `${name}, ${j ? 'synthetic opioids (mainly fentanyl)' : 'all drugs'}`,
			points: p.series(VSRR, id, geo)?.points,
			color: COLORS.series[i]!,
			dashed: j === 1
		}))
	);
	if (!lines.some((l) => l.points)) return null;
	return {
		id: 'deaths-nyc',
		title:
			'New York City and the rest of New York State: overdose deaths in the 12 months ending each month',
		summary: listSummary({
			when: in12,
			intro: 'people who died of an overdose',
			items: lines
		}),
		ariaLabel:
			'Line chart: 12-month-ending overdose deaths in New York City and in the rest of New York State.',
		config: buildTrendConfig({
			unit: 'deaths in 12 months',
			incompleteLabel: 'Underreported',
			lines: lines.filter((l) => l.points).map((l) => ({ ...l, points: l.points! }))
		}),
		table: compareTable('12 months ending', lines, 0),
		sources: sourceOf(p, VSRR),
		caveat: `CDC reports New York City apart from the rest of the state; everywhere else on this page, New York means the whole state (the two added up). ${OVERLAP}`
	};
}
