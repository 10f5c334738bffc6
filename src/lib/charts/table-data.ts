/**
 * The numbers beside a chart, once: the table shows them formatted, the CSV
 * download writes them raw. A null cell is a gap, shown as a dash, written empty.
 */
import type { Cell } from '../domain/csv-export';
import { formatNumber } from '../domain/format';

export interface Column {
	label: string;
	numeric?: boolean;
	/** decimals shown in the table (the CSV keeps full precision) */
	digits?: number;
}

export interface TableData {
	columns: Column[];
	rows: { key: string; cells: Cell[] }[];
}

export function cellText(cell: Cell, column?: Column): string {
	if (cell === null) return '—';
	if (typeof cell === 'number') return formatNumber(cell, column?.digits ?? 0);
	return cell;
}
