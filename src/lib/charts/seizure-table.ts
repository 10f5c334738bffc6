/**
 * The tables beside the seizures page's charts, newest period first: CBP's
 * seizures (each part, the total, and notes on partial years and gaps), and
 * DEA's lab reports. The CSV download writes the same cells.
 */
import type { Cell } from '../domain/csv-export';
import { formatPeriod } from '../domain/period';
import type { SeizureSelection } from '../domain/seizure-series';
import type { Grain } from '../domain/seizure-view';
import { plotted, type Point } from '../domain/series';
import { valueCell } from './point-text';
import type { TableData } from './table-data';

const PERIOD_COLUMN: Record<Grain, string> = {
	fy: 'Fiscal year',
	cy: 'Calendar year',
	month: 'Month'
};

/** A CBP amount without the float crumbs of adding many-decimal pounds (24182.340000000004). */
export function cleanAmount(cell: Cell): Cell {
	return typeof cell === 'number' ? Number(cell.toPrecision(12)) : cell;
}

/** What to know about one row: provisional figures, and each column's notes. */
function rowNotes(columns: { label: string; point: Point | undefined }[]): string {
	const out = new Set<string>();
	if (columns.some((c) => c.point?.status === 'provisional')) out.add('Provisional.');
	for (const { label, point } of columns) {
		if (!point) continue;
		if (point.note) out.add(columns.length > 1 ? `${label}: ${point.note}` : point.note);
	}
	return [...out].join(' ');
}

export function seizureTable(
	s: SeizureSelection,
	o: { grain: Grain; unit: string; digits: number; totalLabel?: string }
): TableData {
	const shown = s.total ? [...s.parts, { ...s.total, label: o.totalLabel ?? 'Total' }] : s.parts;
	const lookups = shown.map((p) => new Map(p.points.map((x) => [x.period, x])));
	return {
		columns: [
			{ label: PERIOD_COLUMN[o.grain] },
			...shown.map((p) => ({ label: `${p.label} (${o.unit})`, numeric: true, digits: o.digits })),
			{ label: 'Notes' }
		],
		rows: [...s.periods].reverse().map((period) => {
			const at = lookups.map((m) => m.get(period));
			return {
				key: period,
				cells: [
					formatPeriod(period),
					...at.map((p) => cleanAmount(valueCell(p))),
					rowNotes(shown.map((p, i) => ({ label: p.label, point: at[i] })))
				]
			};
		})
	};
}

/** '2024-H1' -> 'January – June 2024'; a year stays as it is. */
export function halfYearWords(period: string): string {
	const m = /^(\d{4})-H([12])$/.exec(period);
	if (!m) return formatPeriod(period);
	return m[2] === '1' ? `January – June ${m[1]}` : `July – December ${m[1]}`;
}

export function labReportTable(points: readonly Point[]): TableData {
	return {
		columns: [{ label: 'Period' }, { label: 'Lab reports', numeric: true }, { label: 'Notes' }],
		rows: [...points].reverse().map((p) => ({
			key: p.period,
			cells: [
				halfYearWords(p.period),
				plotted(p),
				p.note ?? (p.status === 'provisional' ? 'Provisional' : '')
			]
		}))
	};
}
