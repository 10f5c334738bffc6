/**
 * What each chart of the seizures page shows, from the selection: its title,
 * the sentence made from the data, the chart config and the table. Pure, so
 * the words are tested without a browser.
 */
import { alignedAxes, buildBarConfig } from '$lib/charts/bar-config';
import { deathTable } from '$lib/charts/death-table';
import { COLORS } from '$lib/charts/palette';
import { halfYearWords, labReportTable, seizureTable } from '$lib/charts/seizure-table';
import { buildTrendConfig } from '$lib/charts/trend-config';
import { SEIZED_DRUGS, type SeizureUnit } from '$lib/domain/cbp';
import { alignDeaths } from '$lib/domain/seizure-deaths';
import type { SeizureSelection } from '$lib/domain/seizure-series';
import { seizureSummary } from '$lib/domain/seizure-summary';
import {
	placeLabel,
	placeWords,
	type CbpPlace,
	type Grain,
	type SeizureView
} from '$lib/domain/seizure-view';
import { formatCount } from '$lib/domain/format';
import type { Point } from '$lib/domain/series';
import { deathCountSummary } from '$lib/domain/summary';

const GRAIN_WORDS: Record<Grain, string> = {
	fy: 'by fiscal year (October–September)',
	cy: 'by calendar year',
	month: 'by month'
};
const SPLIT_WORDS: Record<SeizureView['by'], string> = {
	total: '',
	component: ': at ports of entry, between them, and by air and sea',
	region: ': by region',
	area: ': the six areas of responsibility with the most, and the rest'
};
const UNIT_WORDS: Record<SeizureUnit, string> = { lbs: 'pounds', events: 'seizure events' };

export const drugLabel = (id: SeizureView['drug']) =>
	SEIZED_DRUGS.find((d) => d.id === id)?.label ?? id;

export function seizureFigure(view: SeizureView, place: CbpPlace, s: SeizureSelection) {
	const drug = drugLabel(view.drug);
	const where = placeLabel(place);
	const what =
		view.unit === 'lbs' ? `Pounds of ${drug} seized by CBP` : `CBP seizures of ${drug} (events)`;
	const stacked = s.parts.length > 0;
	const bars = stacked ? s.parts : s.total ? [{ ...s.total, label: where }] : [];
	const digits = view.unit === 'lbs' ? 3 : 0;
	return {
		title: `${what}, ${where}, ${GRAIN_WORDS[view.period]}${SPLIT_WORDS[view.by]}`,
		summary: seizureSummary({
			points: s.total?.points ?? null,
			unit: view.unit,
			drug,
			where: placeWords(place)
		}),
		ariaLabel: `${stacked ? 'Stacked bar' : 'Bar'} chart: ${what.toLowerCase()}, ${where}, ${GRAIN_WORDS[view.period]}.`,
		config: alignedAxes(
			buildBarConfig({
				unit: UNIT_WORDS[view.unit],
				bars: bars.map((b, i) => ({ ...b, color: COLORS.series[i % COLORS.series.length]! })),
				periods: s.periods,
				stacked,
				partial: s.partial,
				partialLabel: 'Partial',
				digits: view.unit === 'lbs' ? 1 : 0
			})
		),
		table: seizureTable(s, {
			grain: view.period,
			unit: view.unit,
			digits,
			totalLabel: stacked ? 'Total' : where
		}),
		filename: `seizures-${view.drug}-${view.unit}-${view.geo.replace(/:/g, '-')}-${view.by}-${view.period}`
	};
}

const ENDING: Record<Grain, string> = {
	fy: 'each September (the fiscal year)',
	cy: 'each December (the calendar year)',
	month: 'each month'
};

export interface DeathSeries {
	reported?: readonly Point[];
	predicted?: readonly Point[];
	pending?: readonly Point[];
}

export function deathsFigure(o: {
	deaths: DeathSeries;
	place: string;
	grain: Grain;
	periods: readonly string[];
	diedOf: string;
}) {
	const reported = alignDeaths(o.deaths.reported ?? [], o.grain, o.periods);
	const predicted = alignDeaths(o.deaths.predicted ?? [], o.grain, o.periods);
	const pending = alignDeaths(o.deaths.pending ?? [], o.grain, o.periods);
	const what = 'Overdose deaths involving synthetic opioids, mainly fentanyl';
	return {
		title: `${what}, ${o.place}: deaths in the 12 months ending ${ENDING[o.grain]}`,
		summary: reported.months.length
			? deathCountSummary({ place: o.place, diedOf: o.diedOf, points: reported.months })
			: `CDC publishes no count of these deaths for ${o.place} in these years.`,
		ariaLabel: `Line chart: ${what.toLowerCase()}, ${o.place}, 12-month counts, on the same periods as the seizure chart above.`,
		config: alignedAxes(
			buildTrendConfig({
				unit: 'deaths in 12 months',
				periods: o.periods,
				incompleteLabel: 'Underreported',
				lines: [
					{ label: 'Reported', points: reported.chart, color: COLORS.reported },
					...(predicted.chart.length
						? [
								{
									label: 'Predicted (adjusted for reporting delays)',
									points: predicted.chart,
									color: COLORS.predicted,
									dashed: true
								}
							]
						: [])
				]
			})
		),
		table: deathTable({
			reported: reported.months,
			predicted: predicted.months,
			pending: pending.months
		})
	};
}

export function labsFigure(o: { points: readonly Point[]; place: string }) {
	const last = [...o.points].reverse().find((p) => p.value !== null && !p.incomplete);
	return {
		title: `Lab reports of fentanyl in drugs seized by law enforcement, ${o.place}, by half year`,
		summary: last
			? `In ${halfYearWords(last.period)}, forensic labs reported fentanyl or a fentanyl-related substance ${formatCount(last.value!)} times in drugs seized in ${o.place} (the latest half year not marked incomplete).`
			: `DEA's lab data have no complete half year for ${o.place}.`,
		ariaLabel: `Line chart: lab reports of fentanyl, ${o.place}, by half year.`,
		config: buildTrendConfig({
			unit: 'lab reports',
			incompleteLabel: 'Labs still reporting',
			lines: [{ label: 'Lab reports', points: o.points, color: COLORS.series[2] }]
		}),
		table: labReportTable(o.points)
	};
}
