/**
 * The table beside a 12-month-ending death chart: reported and predicted
 * counts, how much is still pending investigation, and the status in words.
 * Newest period first.
 */
import { formatPeriod } from '../domain/period';
import type { Point } from '../domain/series';
import { statusText, valueText } from './point-text';

export interface DeathTableInput {
	reported: readonly Point[];
	predicted?: readonly Point[];
	pending?: readonly Point[];
}

export const DEATH_TABLE_COLUMNS = [
	{ label: '12 months ending' },
	{ label: 'Reported deaths', numeric: true },
	{ label: 'Predicted deaths', numeric: true },
	{ label: '% pending investigation', numeric: true },
	{ label: 'Status' }
];

export function deathTableRows(t: DeathTableInput): { key: string; cells: string[] }[] {
	const predicted = new Map(t.predicted?.map((p) => [p.period, p]));
	const pending = new Map(t.pending?.map((p) => [p.period, p]));
	return [...t.reported].reverse().map((p) => ({
		key: p.period,
		cells: [
			formatPeriod(p.period),
			valueText(p),
			valueText(predicted.get(p.period)),
			valueText(pending.get(p.period), 2),
			statusText(p)
		]
	}));
}
