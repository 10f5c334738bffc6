/**
 * Everything the trends page shows about a selection, built from the places'
 * lines as plain data: the title, the summary sentence, the chart (one chart
 * with a line per place, or small multiples on a shared axis), the table, and
 * the notes that explain gaps, ranges and borrowed population years.
 */
import { inSentence } from '../domain/format';
import { formatPeriod, formatPeriodShort } from '../domain/period';
import { clipRange } from '../domain/period-range';
import { plotted, type Point } from '../domain/series';
import type { TrendChoice } from '../domain/trend-measures';
import { pointNotes, type PlaceLines } from '../domain/trend-series';
import { trendSummary } from '../domain/trend-summary';
import { COLORS } from './palette';
import { multiplesColumns, shareAxes } from './small-multiples';
import type { TableData } from './table-data';
import { periodsOf, type TrendLine, type TrendSpec } from './trend-config';
import { trendTable } from './trend-table';

export interface FigureInput {
	choice: TrendChoice;
	lines: readonly PlaceLines[];
	/** the unit the dataset gives its series: 'deaths (12-month ending)' */
	unit: string;
	rate: boolean;
	from?: string;
	to?: string;
}

export interface PanelSpec {
	id: string;
	title: string;
	spec: TrendSpec | null;
	empty?: string;
}

export interface Figure {
	title: string;
	summary: string;
	ariaLabel: string;
	together: TrendSpec;
	panels: PanelSpec[];
	columns: number;
	table: TableData;
	notes: string[];
	twelveMonth: boolean;
	hasPredicted: boolean;
	/** a region or a group has a line (its caveat applies) */
	regionsDrawn: boolean;
}

interface Shown {
	l: PlaceLines;
	reported: Point[];
	predicted?: Point[];
	pending?: Point[];
}

/**
 * The words for a series' unit: the axis title, and a short form for small
 * charts and table headers. 'deaths (12-month ending)' -> 'deaths in the 12
 * months ending each month'; a rate puts "per 100,000 people" after the noun:
 * 'deaths in the calendar year' -> 'deaths per 100,000 people in the calendar year'.
 */
export function unitWords(unit: string, rate: boolean): { axis: string; short: string } {
	const vsrr = /\s*\(12-month ending\)\s*$/i.test(unit);
	const noun = unit.replace(/\s*\(.*\)\s*$/, '');
	const [what = noun, ...when] = noun.split(' in the ');
	if (!rate) {
		const axis = vsrr ? `${noun} in the 12 months ending each month` : unit;
		// an axis title longer than the chart is tall is cut off: the title says the period
		return { axis: axis.length > 48 ? what : axis, short: noun };
	}
	const tail = when.length ? ` in the ${when.join(' in the ')}` : '';
	return {
		axis: `${what} per 100,000 people${tail} (crude rate)`,
		short: `${what} per 100,000`
	};
}

const unique = (xs: readonly string[]) => [...new Set(xs)];

export const listWords = (names: readonly string[]) =>
	names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

export function buildFigure(f: FigureInput): Figure {
	const twelveMonth = /12-month|12 month/i.test(f.unit);
	const w = unitWords(f.unit, f.rate);
	const axis = w.axis;
	const clip = (pts?: readonly Point[]) => pts && clipRange(pts, f.from, f.to);
	const blank: string[] = [];
	const shown: Shown[] = f.lines.flatMap((l) => {
		const reported = clip(l.reported ?? undefined);
		if (!reported) return [];
		// a place with only gaps in the range gets a note, not an empty chart
		if (!reported.some((p) => plotted(p) !== null || p.low !== undefined)) {
			if (!l.notes.length) blank.push(`${l.place.name} has no values in the periods shown.`);
			return [];
		}
		return [{ l, reported, predicted: clip(l.predicted), pending: clip(l.pending) }];
	});
	const hasPredicted = shown.some((s) => s.predicted?.length);
	const hasPending = shown.some((s) => s.pending?.length);
	const periods = periodsOf(shown.map((s) => ({ points: s.reported })));
	const span = periods.length
		? `, ${formatPeriodShort(periods[0]!)} to ${formatPeriodShort(periods.at(-1)!)}`
		: '';
	const names = listWords(f.lines.map((l) => l.place.name));
	const what = `${f.choice.label}${f.rate ? ' per 100,000 people (crude rate)' : ''}`;
	const digits = f.rate ? 1 : f.choice.additive ? 0 : 2;
	const base = { unit: axis, incompleteLabel: 'Underreported', digits };
	const one = f.lines.length === 1;
	return {
		title: `${what}: ${names}${span}`,
		summary: trendSummary(
			shown.map((s) => ({
				name: s.l.place.name,
				points: clipRange(s.l.reported!, undefined, f.to)
			})),
			{ label: f.choice.label, diedOf: f.choice.diedOf, twelveMonth, rate: f.rate, digits }
		),
		ariaLabel: `Line chart of ${inSentence(what)}, ${axis}, for ${names}${span}.${hasPredicted ? ' Solid lines are reported values, dashed lines CDC’s predicted values.' : ''}`,
		together: { ...base, lines: shown.flatMap((s, i) => placeLinesFor(s, one ? null : i)) },
		panels: panelSpecs(f.lines, shown, base, w.short),
		columns: multiplesColumns(f.lines.length),
		table: trendTable(
			shown.map((s) => ({ name: s.l.place.name, ...s })),
			{
				periodLabel: twelveMonth ? '12 months ending' : 'Period',
				word: w.short,
				digits,
				predicted: hasPredicted,
				pending: hasPending
			}
		),
		notes: unique([
			...f.lines.flatMap((l) => l.notes),
			...blank,
			...shown.flatMap((s) => pointNotes(s.l, s.reported)),
			...releaseNote(shown),
			...(hasPending && shown.some((s) => s.l.place.members)
				? ['Percent pending investigation is published for each state, not for regions or groups.']
				: [])
		]),
		twelveMonth,
		hasPredicted,
		regionsDrawn: shown.some((s) => s.l.place.members)
	};
}

/** A place's reported line and its predicted line with the band between; `i` picks its colour among several. */
function placeLinesFor(s: Shown, i: number | null): TrendLine[] {
	const name = s.l.place.name;
	const color = i === null ? COLORS.reported : COLORS.series[i % COLORS.series.length]!;
	const reported: TrendLine = {
		label: i === null ? 'Reported' : name,
		points: s.reported,
		color,
		ranges: !!s.l.place.members
	};
	if (!s.predicted?.length) return [reported];
	return [
		reported,
		{
			label: i === null ? 'Predicted (adjusted for reporting delays)' : `${name}, predicted`,
			points: s.predicted,
			color: i === null ? COLORS.predicted : color,
			dashed: true,
			bandToPrevious: true,
			// with several places, the caveat says what a dashed line is
			unlisted: i !== null
		}
	];
}

function panelSpecs(
	lines: readonly PlaceLines[],
	shown: readonly Shown[],
	base: Omit<TrendSpec, 'lines'>,
	/** a small chart's axis title: the full one is in the chart's title and table */
	shortAxis: string
): PanelSpec[] {
	const specs = shareAxes(
		shown.map((s) => ({
			...base,
			unit: shortAxis,
			legend: false,
			xTicks: 4,
			lines: placeLinesFor(s, null)
		}))
	);
	return lines.map((l) => {
		const k = shown.findIndex((s) => s.l === l);
		const id = l.place.code.replace(/[^A-Za-z0-9-]/g, '-');
		return k < 0
			? {
					id,
					title: l.place.name,
					spec: null,
					empty: l.notes.join(' ') || `${l.place.name} has no values in the periods shown.`
				}
			: { id, title: l.place.name, spec: specs[k]! };
	});
}

function releaseNote(shown: readonly Shown[]): string[] {
	const releases = new Set(shown.flatMap((s) => s.l.releases));
	if (releases.size < 2) return [];
	const each = shown.map(
		(s) => `${s.l.place.name} through ${s.l.releases.map(formatPeriod).join(' and ')}`
	);
	return [`These series come from different releases of the data: ${each.join('; ')}.`];
}
