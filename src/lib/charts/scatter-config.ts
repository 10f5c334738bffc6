/**
 * A scatter of states (one point per state) with its least-squares line, as a
 * chart.js configuration tested as a plain object. Highlighted states are
 * drawn larger, in another colour and shape, and named beside their point;
 * clicking a point toggles its highlight (the page keeps that in the URL).
 */
import type { ChartConfiguration, ChartEvent, ActiveElement } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { formatNumber } from '../domain/format';
import type { Line } from '../domain/stats/correlation';
import { COLORS } from './palette';

export interface ScatterPoint {
	geo: string;
	name: string;
	x: number;
	y: number;
	selected?: boolean;
}

export interface ScatterSpec {
	points: readonly ScatterPoint[];
	line: Line | null;
	xLabel: string;
	yLabel: string;
	/** decimals in tooltips */
	xDigits?: number;
	yDigits?: number;
	onPick?: (geo: string) => void;
}

type Datum = { x: number; y: number; geo?: string; name?: string };

export function fittedSegment(points: readonly ScatterPoint[], line: Line | null): Datum[] {
	if (!line || points.length < 2) return [];
	const xs = points.map((p) => p.x);
	const lo = Math.min(...xs);
	const hi = Math.max(...xs);
	return [
		{ x: lo, y: line.intercept + line.slope * lo },
		{ x: hi, y: line.intercept + line.slope * hi }
	];
}

export function buildScatterConfig(spec: ScatterSpec): ChartConfiguration<'scatter', Datum[]> {
	const datum = (p: ScatterPoint): Datum => ({ x: p.x, y: p.y, geo: p.geo, name: p.name });
	const labels: Record<string, AnnotationOptions> = {};
	for (const p of spec.points.filter((q) => q.selected))
		labels[`name-${p.geo}`] = {
			type: 'label',
			xValue: p.x,
			yValue: p.y,
			yAdjust: -14,
			content: p.name,
			color: '#222',
			backgroundColor: 'rgba(255,255,255,0.85)',
			font: { size: 11, weight: 'bold' },
			padding: 2
		};
	const fmt = (v: number, digits = 2) => formatNumber(v, digits);
	return {
		type: 'scatter',
		data: {
			datasets: [
				{
					label: 'States',
					data: spec.points.filter((p) => !p.selected).map(datum),
					backgroundColor: COLORS.reported,
					borderColor: COLORS.reported,
					pointRadius: 4,
					pointHoverRadius: 8
				},
				{
					label: 'Highlighted states',
					data: spec.points.filter((p) => p.selected).map(datum),
					backgroundColor: COLORS.predicted,
					borderColor: '#000000',
					pointStyle: 'rectRot',
					pointRadius: 8,
					pointHoverRadius: 10
				},
				{
					type: 'line' as never,
					label: 'Least-squares line',
					data: fittedSegment(spec.points, spec.line),
					borderColor: '#555555',
					borderDash: [6, 4],
					borderWidth: 1.5,
					pointRadius: 0,
					pointHoverRadius: 0,
					showLine: true
				}
			]
		},
		options: {
			animation: false,
			responsive: true,
			maintainAspectRatio: false,
			scales: {
				x: { type: 'linear', title: { display: true, text: spec.xLabel } },
				y: { type: 'linear', title: { display: true, text: spec.yLabel } }
			},
			onClick: (_e: ChartEvent, elements: ActiveElement[], chart) => {
				const hit = elements.find((el) => el.datasetIndex < 2);
				if (!hit || !spec.onPick) return;
				const raw = chart.data.datasets[hit.datasetIndex]!.data[hit.index] as Datum;
				if (raw.geo) spec.onPick(raw.geo);
			},
			plugins: {
				legend: { position: 'bottom' },
				tooltip: {
					filter: (item) => item.datasetIndex < 2,
					callbacks: {
						label: (item) => {
							const raw = item.raw as Datum;
							return `${raw.name ?? ''}: ${fmt(raw.x, spec.xDigits)}, ${fmt(raw.y, spec.yDigits)}`;
						}
					}
				},
				annotation: { annotations: labels }
			}
		}
	};
}
