/**
 * A line chart of one or more series over the same periods, as a chart.js
 * configuration (a plain object, tested without a canvas). Gaps stay gaps:
 * a suppressed or missing point is drawn as a break in the line, never as 0.
 * Months the source marks as incomplete are shaded and labelled. A line may
 * shade the band between itself and the line before it (CDC's predicted
 * value above the reported count), and a value known only as a range (a sum
 * over suppressed counts) is marked by its lowest and highest possible value.
 */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { formatNumber } from '../domain/format';
import { formatPeriodShort } from '../domain/period';
import { plotted, type Point } from '../domain/series';
import type { ShadeBox } from './shade-plugin';

export interface TrendLine {
	label: string;
	points: readonly Point[];
	color: string;
	dashed?: boolean;
	/** 'y2' draws the line against a second scale on the right, titled `unit2` */
	axis?: 'y' | 'y2';
	/** shade the band between this line and the one listed just before it */
	bandToPrevious?: boolean;
	/** mark points known only as a range (low–high) */
	ranges?: boolean;
	/** leave out of the legend (explained beside the chart instead) */
	unlisted?: boolean;
}

export interface TrendSpec {
	unit: string;
	/** the right-hand scale's title, for lines of another unit (`axis: 'y2'`) */
	unit2?: string;
	lines: readonly TrendLine[];
	/** label for the shaded band over incomplete periods */
	incompleteLabel?: string;
	/** the periods of the x axis (so small multiples line up); the lines' own periods when absent */
	periods?: readonly string[];
	/** a fixed top of the y axis (small multiples share one) */
	yMax?: number;
	/** decimals in tooltips (rates need one or two) */
	digits?: number;
	/** hide the legend (a small multiple's lines are named beside it) */
	legend?: boolean;
	/** at most this many x-axis labels (fewer on a small chart) */
	xTicks?: number;
}

export interface Band {
	from: number;
	to: number;
}

type LineData = ChartDataset<'line', (number | null)[]>;

/** The index range of trailing periods any line marks incomplete (shaded on the chart). */
export function incompleteBand(
	periods: readonly string[],
	lines: readonly TrendLine[]
): Band | null {
	const flagged = new Set(
		lines.flatMap((l) => l.points.filter((p) => p.incomplete).map((p) => p.period))
	);
	const idx = periods.flatMap((p, i) => (flagged.has(p) ? [i] : []));
	return idx.length ? { from: idx[0]!, to: idx.at(-1)! } : null;
}

/** Every period any line has, in time order. */
export function periodsOf(lines: readonly { points: readonly Point[] }[]): string[] {
	return [...new Set(lines.flatMap((l) => l.points.map((p) => p.period)))].sort();
}

/** The shaded, labelled span (shade plugin) over a band of category indexes. */
export function incompleteBox(band: Band, label: string): ShadeBox {
	return { from: band.from, to: band.to, label };
}

/** '#1f4e79' -> 'rgba(31, 78, 121, 0.15)' */
export function translucent(hex: string, alpha = 0.15): string {
	const n = parseInt(hex.slice(1), 16);
	return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

function lineDataset(l: TrendLine, periods: readonly string[]): LineData {
	const at = new Map(l.points.map((p) => [p.period, plotted(p)]));
	const band = translucent(l.color);
	return {
		label: l.label,
		data: periods.map((p) => at.get(p) ?? null),
		borderColor: l.color,
		backgroundColor: l.color,
		borderDash: l.dashed ? [6, 4] : [],
		borderWidth: 2,
		pointRadius: 0,
		pointHoverRadius: 4,
		spanGaps: false,
		tension: 0,
		yAxisID: l.axis ?? 'y',
		fill: l.bandToPrevious ? { target: '-1', above: band, below: band } : false
	};
}

/** Two marker-only datasets: the lowest and the highest value a ranged point can have. */
function rangeDatasets(l: TrendLine, periods: readonly string[]): LineData[] {
	const at = new Map(l.points.filter((p) => p.low !== undefined).map((p) => [p.period, p]));
	if (!at.size) return [];
	const marks = (label: string, pick: (p: Point) => number | undefined): LineData => ({
		label: `${l.label}, ${label}`,
		data: periods.map((p) => (at.has(p) ? (pick(at.get(p)!) ?? null) : null)),
		borderColor: l.color,
		backgroundColor: l.color,
		showLine: false,
		pointStyle: 'line',
		pointRadius: 6,
		pointBorderWidth: 2,
		fill: false
	});
	return [marks('lowest possible', (p) => p.low), marks('highest possible', (p) => p.high)];
}

export function buildTrendConfig(
	spec: TrendSpec
): ChartConfiguration<'line', (number | null)[], string> {
	const periods = spec.periods ?? periodsOf(spec.lines);
	const band = incompleteBand(periods, spec.lines);
	const lines = spec.lines.map((l) => lineDataset(l, periods));
	const ranges = spec.lines.filter((l) => l.ranges).flatMap((l) => rangeDatasets(l, periods));
	const digits = spec.digits ?? 0;
	return {
		type: 'line',
		data: { labels: periods.map(formatPeriodShort), datasets: [...lines, ...ranges] },
		options: {
			animation: false,
			responsive: true,
			maintainAspectRatio: false,
			interaction: { mode: 'index', intersect: false },
			scales: {
				x: { ticks: { maxTicksLimit: spec.xTicks ?? 8, autoSkip: true, maxRotation: 0 } },
				y: {
					beginAtZero: true,
					...(spec.yMax !== undefined ? { max: spec.yMax } : {}),
					title: { display: true, text: spec.unit }
				},
				...(spec.lines.some((l) => l.axis === 'y2')
					? {
							y2: {
								position: 'right' as const,
								beginAtZero: true,
								title: { display: true, text: spec.unit2 ?? '' },
								grid: { drawOnChartArea: false }
							}
						}
					: {})
			},
			plugins: {
				legend: {
					display: spec.legend ?? true,
					position: 'bottom',
					// range markers are explained in the table and the notes, not the legend
					labels: {
						filter: (item) => {
							const i = item.datasetIndex ?? 0;
							return i < lines.length && !spec.lines[i]?.unlisted;
						}
					}
				},
				tooltip: {
					callbacks: {
						label: (item) =>
							`${item.dataset.label}: ${item.raw === null ? 'no value' : formatNumber(Number(item.raw), digits)}`
					}
				},
				...(band
					? { shade: { boxes: [incompleteBox(band, spec.incompleteLabel ?? 'Incomplete')] } }
					: {})
			}
		}
	};
}
