/**
 * The table beside a chart that compares places (or drugs) over the same
 * periods: one row per period, newest first, one column per line, and the
 * status of the first line in words. A gap is a gap, never 0.
 */
import { formatPeriod } from '../domain/period';
import type { Point } from '../domain/series';
import { statusText, valueCell } from './point-text';
import type { TableData } from './table-data';

export interface CompareColumn {
	label: string;
	points: readonly Point[] | undefined;
}

export function compareTable(
	periodLabel: string,
	columns: readonly CompareColumn[],
	digits = 2
): TableData {
	const at = columns.map((c) => new Map(c.points?.map((p) => [p.period, p])));
	const periods = [...new Set(columns.flatMap((c) => c.points?.map((p) => p.period) ?? []))]
		.sort()
		.reverse();
	const first = columns[0]?.label ?? '';
	return {
		columns: [
			{ label: periodLabel },
			...columns.map((c) => ({ label: c.label, numeric: true, digits })),
			{ label: `Status (${first})` }
		],
		rows: periods.map((period) => ({
			key: period,
			cells: [
				formatPeriod(period),
				...at.map((m) => valueCell(m.get(period))),
				statusText(at[0]?.get(period))
			]
		}))
	};
}
