/**
 * How one point reads in a table: the value (or the range, or a dash for a
 * gap) and its status in words. A gap is never printed as 0.
 */
import { formatNumber } from '../domain/format';
import type { Point } from '../domain/series';

export function valueText(p: Point | undefined, digits = 0): string {
	if (!p) return '—';
	if (p.value !== null && p.status !== 'suppressed' && p.status !== 'missing')
		return formatNumber(p.value, digits);
	if (p.low !== undefined && p.high !== undefined)
		return `${formatNumber(p.low, digits)}–${formatNumber(p.high, digits)}`;
	return '—';
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
			return /low data quality/i.test(p.note ?? '') ? 'Not shown: low data quality' : 'No value';
	}
}
