/**
 * A line chart of one or more series over the same periods, as a chart.js
 * configuration (a plain object, tested without a canvas). Gaps stay gaps:
 * a suppressed or missing point is drawn as a break in the line, never as 0.
 * Months the source marks as incomplete are shaded and labelled.
 */
import type { ChartConfiguration } from 'chart.js';
import { formatPeriodShort } from '../domain/period';
import { plotted, type Point } from '../domain/series';

export interface TrendLine {
	label: string;
	points: readonly Point[];
	color: string;
	dashed?: boolean;
}

export interface TrendSpec {
	unit: string;
	lines: readonly TrendLine[];
	/** label for the shaded band over incomplete periods */
	incompleteLabel?: string;
}

export interface Band {
	from: number;
	to: number;
}

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

export function buildTrendConfig(
	spec: TrendSpec
): ChartConfiguration<'line', (number | null)[], string> {
	const periods = [...new Set(spec.lines.flatMap((l) => l.points.map((p) => p.period)))].sort();
	const band = incompleteBand(periods, spec.lines);
	return {
		type: 'line',
		data: {
			labels: periods.map(formatPeriodShort),
			datasets: spec.lines.map((l) => {
				const at = new Map(l.points.map((p) => [p.period, plotted(p)]));
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
					tension: 0
				};
			})
		},
		options: {
			animation: false,
			responsive: true,
			maintainAspectRatio: false,
			interaction: { mode: 'index', intersect: false },
			scales: {
				x: { ticks: { maxTicksLimit: 8, autoSkip: true, maxRotation: 0 } },
				y: { beginAtZero: true, title: { display: true, text: spec.unit } }
			},
			plugins: {
				legend: { position: 'bottom' },
				tooltip: {
					callbacks: {
						label: (item) =>
							`${item.dataset.label}: ${item.raw === null ? 'no value' : Number(item.raw).toLocaleString('en-US')}`
					}
				},
				...(band
					? {
							annotation: {
								annotations: {
									incomplete: {
										type: 'box' as const,
										xMin: band.from - 0.5,
										xMax: band.to + 0.5,
										backgroundColor: 'rgba(120, 120, 120, 0.12)',
										borderWidth: 0,
										label: {
											display: true,
											content: spec.incompleteLabel ?? 'Incomplete',
											position: { x: 'center', y: 'start' } as const,
											color: '#444',
											font: { size: 11 }
										}
									}
								}
							}
						}
					: {})
			}
		}
	};
}
