/**
 * The table beside a 12-month-ending death chart: reported and predicted
 * counts, how much is still pending investigation, and the status in words.
 * Newest period first.
 */
import { formatPeriod } from '../domain/period';
import type { Point } from '../domain/series';
import { statusText, valueCell } from './point-text';
import type { TableData } from './table-data';

export interface DeathTableInput {
	reported: readonly Point[];
	predicted?: readonly Point[];
	pending?: readonly Point[];
}

export function deathTable(t: DeathTableInput): TableData {
	const predicted = new Map(t.predicted?.map((p) => [p.period, p]));
	const pending = new Map(t.pending?.map((p) => [p.period, p]));
	return {
		columns: [
			{ label: '12 months ending' },
			{ label: 'Reported deaths', numeric: true },
			{ label: 'Predicted deaths', numeric: true },
			{ label: '% pending investigation', numeric: true, digits: 2 },
			{ label: 'Status' }
		],
		rows: [...t.reported].reverse().map((p) => ({
			key: p.period,
			cells: [
				formatPeriod(p.period),
				valueCell(p),
				valueCell(predicted.get(p.period)),
				valueCell(pending.get(p.period)),
				statusText(p)
			]
		}))
	};
}
