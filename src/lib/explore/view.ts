/**
 * The chart and its table for a user's series, alone or beside one of the
 * site's series: a TrendSpec for the shared trend chart (a second scale when
 * the units differ), the table rows newest first, and a sentence saying what
 * the latest numbers are.
 */
import { COLORS } from '../charts/palette';
import { statusText, valueCell, valueText } from '../charts/point-text';
import type { TableData } from '../charts/table-data';
import type { TrendSpec } from '../charts/trend-config';
import { latestValued, yearOverYear } from '../domain/change';
import { formatPercent } from '../domain/format';
import { formatPeriod } from '../domain/period';
import type { Point } from '../domain/series';
import { grainOf } from './grain';
import { periodLabel } from './labels';

export interface ViewLine {
	/** what the numbers are: 'Overdose deaths (your file)' */
	label: string;
	/** where: 'Ohio', 'county 39035 (Ohio)' */
	place: string;
	unit: string;
	points: readonly Point[];
}

export interface ExploreView {
	title: string;
	summary: string;
	/** says what the chart shows, for screen readers */
	ariaLabel: string;
	spec: TrendSpec;
	table: TableData;
}

/** Whole numbers print whole; small rates keep two decimals, others one. */
export function digitsFor(points: readonly Point[]): number {
	const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
	if (values.every(Number.isInteger)) return 0;
	return Math.max(...values.map(Math.abs)) < 10 ? 2 : 1;
}

const name = (l: ViewLine) => `${l.label}, ${l.place}`;

function sentence(l: ViewLine, twelve: boolean): string {
	const last = latestValued(l.points);
	if (!last) return `${name(l)}: no value to show.`;
	const digits = digitsFor(l.points);
	// the period already says "12 months ending"
	const unit = l.unit.replace(/\s*\(12-month ending\)/i, '');
	const when = (period: string) => `${twelve ? 'the ' : ''}${periodLabel(period, twelve)}`;
	const head = `${name(l)}: ${valueText(last, digits)} ${unit} in ${when(last.period)}`;
	const change = yearOverYear(l.points, last.period);
	if (!change || change.percent === null) return `${head}.`;
	const was = `${when(change.previousPeriod)} (${valueText({ ...last, value: change.previous }, digits)})`;
	if (Math.abs(change.percent) < 0.05) return `${head}, about the same as in ${was}.`;
	return `${head}, ${change.percent < 0 ? 'down' : 'up'} ${formatPercent(Math.abs(change.percent))} from ${was}.`;
}

export function exploreView(user: ViewLine, overlay: ViewLine | null): ExploreView {
	const twelve = /12-month ending/i.test(user.unit);
	const otherUnit = overlay !== null && overlay.unit !== user.unit;
	const lines = [user, ...(overlay ? [overlay] : [])];
	const periods = [...new Set(lines.flatMap((l) => l.points.map((p) => p.period)))]
		.sort()
		.reverse();
	const lookups = lines.map((l) => new Map(l.points.map((p) => [p.period, p])));
	const digits = lines.map((l) => digitsFor(l.points));
	const grain = grainOf(user.points) === 'year' ? 'Year' : twelve ? '12 months ending' : 'Month';
	return {
		title: overlay ? `${name(user)}, beside ${name(overlay)}` : name(user),
		summary: [sentence(user, twelve), ...(overlay ? [sentence(overlay, twelve)] : [])].join(' '),
		ariaLabel: `Line chart: ${lines.map(name).join(' and ')}, by ${grain.toLowerCase()}.`,
		spec: {
			unit: user.unit,
			...(otherUnit ? { unit2: overlay.unit } : {}),
			lines: lines.map((l, i) => ({
				label: name(l),
				points: l.points,
				color: COLORS.series[i]!,
				dashed: i > 0,
				axis: i > 0 && otherUnit ? ('y2' as const) : ('y' as const)
			}))
		},
		table: {
			columns: [
				{ label: grain },
				...lines.flatMap((l, i) => [
					// labels key the table's columns: the compared series' never equal the user's
					{
						label: `${name(l)} (${l.unit})${i > 0 ? ', compared' : ''}`,
						numeric: true,
						digits: digits[i]
					},
					{ label: i > 0 ? 'Status of the compared series' : 'Status' }
				])
			],
			rows: periods.map((period) => ({
				key: period,
				cells: [
					formatPeriod(period),
					...lookups.flatMap((at) => {
						const p = at.get(period);
						return [valueCell(p), p ? statusText(p) : 'No value'];
					})
				]
			}))
		}
	};
}
