/**
 * Cross-correlation of two series' year-over-year changes, one bar per lag,
 * with the ±1.96/√n band drawn as dashed lines (the band varies a little with
 * n at each lag). A bar beyond the band is filled solid, one inside it pale,
 * so the reading does not rest on colour alone.
 */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { LagResult } from '../domain/stats/lag';
import { COLORS } from './palette';

export const lagLabel = (lag: number) => (lag > 0 ? `+${lag}` : String(lag));

/** The ±band as two dashed step lines (a line dataset inside a bar chart). */
function bandLines(bound: (number | null)[]): ChartDataset<'bar', (number | null)[]>[] {
	const line = (
		label: string,
		data: (number | null)[]
	): ChartDataset<'line', (number | null)[]> => ({
		type: 'line',
		label,
		data,
		borderColor: '#a4481a',
		borderDash: [5, 4],
		borderWidth: 1.5,
		pointRadius: 0,
		stepped: 'middle'
	});
	return [
		line('95 % band for unrelated series (too narrow here: see the text)', bound),
		line(
			'lower band',
			bound.map((b) => (b === null ? null : -b))
		)
	] as unknown as ChartDataset<'bar', (number | null)[]>[];
}

export function buildLagConfig(
	lags: readonly LagResult[],
	words: { a: string; b: string }
): ChartConfiguration<'bar', (number | null)[], string> {
	const r = lags.map((l) => (Number.isFinite(l.r) ? l.r : null));
	const outside = lags.map((l) => Number.isFinite(l.r) && Math.abs(l.r) > l.bound);
	const bound = lags.map((l) => (Number.isFinite(l.bound) ? l.bound : null));
	return {
		type: 'bar',
		data: {
			labels: lags.map((l) => lagLabel(l.lag)),
			datasets: [
				{
					label: 'Correlation r',
					data: r,
					backgroundColor: outside.map((o) => (o ? COLORS.reported : 'rgba(31, 78, 121, 0.3)')),
					borderColor: COLORS.reported,
					borderWidth: 1
				},
				...bandLines(bound)
			]
		},
		options: {
			animation: false,
			responsive: true,
			maintainAspectRatio: false,
			scales: {
				x: {
					title: {
						display: true,
						text: `Lag in months (positive: changes in ${words.a} come first)`
					}
				},
				y: { min: -1, max: 1, title: { display: true, text: 'Correlation r' } }
			},
			plugins: {
				legend: {
					position: 'bottom',
					labels: { filter: (item) => item.text !== 'lower band' }
				},
				tooltip: {
					callbacks: {
						title: (items) => `Lag ${items[0]?.label ?? ''} months`,
						label: (item) =>
							item.datasetIndex === 0
								? `r = ${item.raw === null ? 'no value' : Number(item.raw).toFixed(2)} (n = ${lags[item.dataIndex]?.n ?? 0} months)`
								: `band ±${Number(item.raw).toFixed(2)}`
					}
				}
			}
		}
	};
}
