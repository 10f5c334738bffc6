/**
 * A bar chart of one or more series over the same periods, stacked when the
 * series are parts of one whole, as a chart.js configuration (a plain object,
 * tested without a canvas). A gap is no bar, never a bar of 0. Periods some
 * series covers only in part are shaded and labelled, run by run.
 *
 * `alignedAxes` makes a chart drawn under another one line up with it: the
 * same slot per period and the same width of y axis, so a month sits above
 * the same month.
 */
import type { ChartConfiguration } from 'chart.js';
import { formatNumber } from '../domain/format';
import { formatPeriodShort } from '../domain/period';
import { plotted, type Point } from '../domain/series';
import { incompleteBox, periodsOf, type Band } from './trend-config';

export interface BarSeries {
	label: string;
	points: readonly Point[];
	color: string;
}

export interface BarSpec {
	unit: string;
	bars: readonly BarSeries[];
	/** the periods of the x axis; the series' own periods when absent */
	periods?: readonly string[];
	/** parts of one whole: drawn on top of each other */
	stacked?: boolean;
	/** periods covered only in part, shaded */
	partial?: readonly string[];
	partialLabel?: string;
	/** decimals in tooltips */
	digits?: number;
}

/** Index runs without a gap: [1, 2, 3, 7] -> [{1..3}, {7..7}]. */
export function bands(periods: readonly string[], flagged: readonly string[]): Band[] {
	const set = new Set(flagged);
	const out: Band[] = [];
	periods.forEach((p, i) => {
		if (!set.has(p)) return;
		const last = out.at(-1);
		if (last && last.to === i - 1) last.to = i;
		else out.push({ from: i, to: i });
	});
	return out;
}

export function buildBarConfig(
	spec: BarSpec
): ChartConfiguration<'bar', (number | null)[], string> {
	const periods = spec.periods ?? periodsOf(spec.bars);
	const stacked = spec.stacked ?? false;
	const shaded = bands(periods, spec.partial ?? []);
	const label = spec.partialLabel ?? 'Incomplete';
	return {
		type: 'bar',
		data: {
			labels: periods.map(formatPeriodShort),
			datasets: spec.bars.map((b) => {
				const at = new Map(b.points.map((p) => [p.period, plotted(p)]));
				return {
					label: b.label,
					data: periods.map((p) => at.get(p) ?? null),
					backgroundColor: b.color,
					borderColor: '#ffffff',
					borderWidth: stacked ? { top: 1 } : 0,
					...(stacked ? { stack: 'parts' } : {})
				};
			})
		},
		options: {
			animation: false,
			responsive: true,
			maintainAspectRatio: false,
			interaction: { mode: 'index', intersect: false },
			scales: {
				// the same ticks as the trend chart, so a chart drawn under this one labels the same periods
				x: { stacked, ticks: { maxTicksLimit: 8, autoSkip: true, maxRotation: 0 } },
				y: { stacked, beginAtZero: true, title: { display: true, text: spec.unit } }
			},
			plugins: {
				legend: { position: 'bottom', display: spec.bars.length > 1, labels: { boxWidth: 14 } },
				tooltip: {
					callbacks: {
						label: (item) =>
							`${item.dataset.label}: ${item.raw === null ? 'no value' : formatNumber(Number(item.raw), spec.digits ?? 0)}`
					}
				},
				...(shaded.length ? { shade: { boxes: shaded.map((b) => incompleteBox(b, label)) } } : {})
			}
		}
	};
}

/** Room for the y axis, its ticks and title, in pixels: the same in charts drawn one above the other. */
export const Y_AXIS_WIDTH = 76;

/**
 * The same chart, with a slot per period (as bars have) and a y axis of a
 * fixed width, so it lines up with a bar chart of the same periods above it.
 */
export function alignedAxes<C extends ChartConfiguration>(config: C): C {
	const scales = config.options?.scales ?? {};
	return {
		...config,
		options: {
			...config.options,
			scales: {
				...scales,
				x: { ...scales.x, offset: true },
				y: {
					...scales.y,
					afterFit: (axis: { width: number }) => {
						axis.width = Y_AXIS_WIDTH;
					}
				}
			}
		}
	};
}
