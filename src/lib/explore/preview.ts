/**
 * The first rows of a user's file as they will be read through a mapping, so
 * the person sees at once whether the dates, places and values come out right.
 */
import { statusText, valueText } from '../charts/point-text';
import type { Inspection } from './inspect';
import { periodLabel, placeLabel } from './labels';
import { mapRow, type Mapping, type RowProblem } from './mapping';
import type { Places } from './places';

export interface PreviewRow {
	row: number;
	/** the cells as written: date, place, value */
	cells: { date: string; place: string; value: string };
	read: { period: string; place: string; value: string; status: string } | { problem: RowProblem };
}

export const PREVIEW_ROWS = 8;

export function previewRows(
	inspection: Inspection,
	m: Mapping,
	g: Places,
	count = PREVIEW_ROWS
): PreviewRow[] {
	const { header, sample, firstRow } = inspection;
	const twelve = m.date.kind === 'twelve-month-ending';
	const out: PreviewRow[] = [];
	for (let i = 0; i < sample.length && out.length < count; i++) {
		const cells = sample[i]!;
		if (cells.every((c) => c.trim() === '')) continue;
		const at = (col: number | undefined) => (col === undefined ? '' : (cells[col] ?? ''));
		const date =
			m.date.monthColumn === undefined
				? at(m.date.column)
				: `${at(m.date.column)} ${at(m.date.monthColumn)}`;
		const place = m.place.kind === 'fixed' ? '' : at(m.place.column);
		const read = mapRow(cells, firstRow + i, m, header, g);
		out.push({
			row: firstRow + i,
			cells: { date, place, value: at(m.value.column) },
			read:
				'problem' in read
					? read
					: {
							period: periodLabel(read.point.period, twelve),
							place: placeLabel(g, read.geo),
							value: valueText(read.point, 2),
							status: statusText(read.point)
						}
		});
	}
	return out;
}
