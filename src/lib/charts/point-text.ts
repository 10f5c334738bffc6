/**
 * How one point reads in a table: the value (or the range a suppressed value
 * lies in, or a gap) and its status in words. A gap is never printed as 0.
 */
import type { Cell } from '../domain/csv-export';
import { formatNumber } from '../domain/format';
import { plotted, type Point } from '../domain/series';

/** A table cell for a point: its value, the range a suppressed value lies in, or null for a gap. */
export function valueCell(p: Point | undefined): Cell {
	if (!p) return null;
	const v = plotted(p);
	if (v !== null) return v;
	if (p.low !== undefined && p.high !== undefined)
		return `${formatNumber(p.low, 2)}–${formatNumber(p.high, 2)}`;
	return null;
}

export function statusText(p: Point | undefined): string {
	if (!p) return 'No row in the source';
	const underreported = p.incomplete ? ', underreported (investigations pending)' : '';
	switch (p.status) {
		case 'final':
			return 'Final';
		case 'provisional':
			return `Provisional${underreported}`;
		case 'predicted':
			return `Predicted${underreported}`;
		case 'suppressed':
			return p.low !== undefined && p.high !== undefined
				? `Suppressed (between ${p.low} and ${p.high})`
				: 'Suppressed (small count)';
		case 'missing':
			if (/low data quality/i.test(p.note ?? '')) return 'Not shown: low data quality';
			// a region's gap names its missing members; a rate's gap, the missing population
			return /^No (value|population) for /.test(p.note ?? '') ? p.note! : 'No value';
	}
}

/** A point's value as text: the number with `digits` decimals, the suppressed range, or a dash. */
export function valueText(p: Point | undefined, digits = 0): string {
	const cell = valueCell(p);
	if (cell === null) return '—';
	return typeof cell === 'number' ? formatNumber(cell, digits) : cell;
}
