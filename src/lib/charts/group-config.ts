/**
 * Group means over the years, each with its 95 % interval as a shaded band,
 * and the dates Medicaid expansion took effect as thin vertical lines (one
 * per date, named by its states, or counted when there are many).
 */
import type { ChartConfiguration } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { GroupMean } from '../domain/stats/group-means';
import { eventPosition } from './event-annotations';

export interface GroupLine {
	label: string;
	color: string;
	/** translucent fill for the interval */
	band: string;
	dash?: number[];
	means: readonly GroupMean[];
}

export interface AdoptionDate {
	date: string;
	states: readonly string[];
}

export function adoptionLines(
	dates: readonly AdoptionDate[],
	periods: readonly string[]
): Record<string, AnnotationOptions> {
	const out: Record<string, AnnotationOptions> = {};
	dates.forEach((d, i) => {
		const x = eventPosition(d.date, periods);
		if (x === null) return;
		out[`adopted-${d.date}`] = {
			type: 'line',
			xMin: x,
			xMax: x,
			borderColor: 'rgba(0, 0, 0, 0.45)',
			borderWidth: 1,
			label: {
				display: true,
				content: d.states.length <= 3 ? d.states.join(' ') : `${d.states.length} states`,
				position: 'end',
				yAdjust: -(i % 3) * 16,
				backgroundColor: 'rgba(255, 255, 255, 0.9)',
				color: '#333333',
				font: { size: 10 },
				padding: 1
			}
		};
	});
	return out;
}

const value = (m: GroupMean, key: 'mean' | 'low' | 'high') => {
	const v = m[key];
	return v === null || !Number.isFinite(v) ? null : v;
};

export function buildGroupConfig(spec: {
	periods: readonly string[];
	unit: string;
	groups: readonly GroupLine[];
	adoptions: readonly AdoptionDate[];
}): ChartConfiguration<'line', (number | null)[], string> {
	const datasets = spec.groups.flatMap((g) => [
		{
			label: g.label,
			data: g.means.map((m) => value(m, 'mean')),
			borderColor: g.color,
			backgroundColor: g.color,
			borderDash: g.dash ?? [],
			borderWidth: 2,
			pointRadius: 2,
			spanGaps: false,
			fill: false
		},
		{
			label: `${g.label}: 95 % interval, low`,
			data: g.means.map((m) => value(m, 'low')),
			borderColor: 'transparent',
			backgroundColor: g.band,
			pointRadius: 0,
			pointHoverRadius: 0,
			fill: false
		},
		{
			label: `${g.label}: 95 % interval, high`,
			data: g.means.map((m) => value(m, 'high')),
			borderColor: 'transparent',
			backgroundColor: g.band,
			pointRadius: 0,
			pointHoverRadius: 0,
			fill: '-1' as const
		}
	]);
	return {
		type: 'line',
		data: { labels: [...spec.periods], datasets },
		options: {
			animation: false,
			responsive: true,
			maintainAspectRatio: false,
			interaction: { mode: 'index', intersect: false },
			scales: { y: { beginAtZero: true, title: { display: true, text: spec.unit } } },
			plugins: {
				legend: {
					position: 'bottom',
					labels: { filter: (item) => !item.text.includes('95 % interval') }
				},
				tooltip: {
					filter: (item) => item.datasetIndex % 3 === 0,
					callbacks: {
						label: (item) => {
							const g = spec.groups[Math.floor(item.datasetIndex / 3)]!;
							const m = g.means[item.dataIndex]!;
							const ci =
								m.low !== null && m.high !== null
									? `, 95 % CI ${m.low.toFixed(1)} to ${m.high.toFixed(1)}`
									: '';
							return `${g.label}: ${Number.isFinite(m.mean) ? m.mean.toFixed(1) : 'no value'}${ci} (${m.n} states)`;
						}
					}
				},
				annotation: { annotations: adoptionLines(spec.adoptions, spec.periods) }
			}
		}
	};
}
