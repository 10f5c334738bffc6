/**
 * Reading one VSRR row, on the hot path (a full release has 80,000 rows, four
 * points each): the cells with their errors, the points, and the row's four
 * series, kept from the row before when it is the same jurisdiction and
 * indicator (CDC lists each series' months one after another).
 */
import { NY_EXCL_NYC } from '../../domain/geo';
import { monthNumber, monthPeriod } from '../../domain/period';
import type { Point } from '../../domain/series';
import { columns, parseNumber, readNumber, readYear, shown } from '../cells';
import type { SeriesBuilder, SeriesHandle } from '../series-builder';
import { SourceError } from '../types';
import { INDICATORS, JURISDICTIONS, type Indicator } from './indicators';

export const FIELDS = [
	'state',
	'year',
	'month',
	'period',
	'indicator',
	'value',
	'complete',
	'pending',
	'footnote',
	'symbol',
	'predicted'
] as const;
export type Field = (typeof FIELDS)[number];

/** Column positions and names (for messages) of one file's shape. */
export function fieldColumns(header: readonly string[], names: readonly string[], file: string) {
	const at = columns(header, names, file);
	const col = {} as Record<Field, number>;
	const label = {} as Record<Field, string>;
	FIELDS.forEach((f, i) => {
		col[f] = at[names[i]!]!;
		label[f] = names[i]!;
	});
	return { col, label };
}

/** Reads the cells of the current row, naming file, row and column when one is wrong. */
export class RowCells {
	cells: readonly string[] = [];
	row = 0;
	private yearText = '';
	private year = 0;

	constructor(
		private readonly file: string,
		private readonly col: Record<Field, number>,
		private readonly label: Record<Field, string>
	) {}

	text(f: Field): string {
		return (this.cells[this.col[f]] ?? '').trim();
	}

	/** 'YYYY-MM' from the year and month columns; the 12-month-ending period is checked. */
	period(): string {
		const period = this.cells[this.col.period] ?? '';
		if (period.trim() !== '12 month-ending') this.fail('period', '"12 month-ending"', period);
		const yearText = this.cells[this.col.year] ?? '';
		if (yearText !== this.yearText) {
			this.year = readYear(yearText, this.at('year'));
			this.yearText = yearText;
		}
		const month = monthNumber(this.cells[this.col.month] ?? '');
		if (!month) this.fail('month', 'an English month name', this.cells[this.col.month] ?? '');
		return monthPeriod(this.year, month);
	}

	/** A count (0 or more) or a percentage (0 to 100); null for a blank cell. */
	number(f: Field, kind: 'count' | 'percent', text = this.cells[this.col[f]]): number | null {
		const n = parseNumber(text);
		if (Number.isNaN(n)) readNumber(text, this.at(f)); // throws, with the standard message
		if (n !== null && (n < 0 || (kind === 'percent' && n > 100)))
			this.fail(
				f,
				kind === 'percent' ? 'a percentage from 0 to 100' : 'a count of 0 or more',
				text ?? ''
			);
		return n;
	}

	private at(f: Field) {
		return { file: this.file, row: this.row, column: this.label[f] };
	}

	private fail(f: Field, expected: string, found: string): never {
		throw new SourceError(this.file, this.row, this.label[f], expected, shown(found));
	}
}

/** A count point: the reported or predicted value, or a gap that says why. */
export function countPoint(
	period: string,
	value: number | null,
	status: 'provisional' | 'predicted',
	footnote: string,
	incomplete: boolean
): Point {
	const p: Point =
		value !== null
			? { period, value, status }
			: footnote.includes('suppressed')
				? { period, value: null, status: 'suppressed', low: 0, high: 9 }
				: { period, value: null, status: 'missing' };
	if (footnote) p.note = footnote;
	if (incomplete) p.incomplete = true;
	return p;
}

/** A percentage point (share complete or pending). */
export function sharePoint(period: string, value: number | null, note?: string): Point {
	if (value === null) return { period, value: null, status: 'missing' };
	const p: Point = { period, value, status: 'provisional' };
	if (note) p.note = note;
	return p;
}

export interface Targets {
	indicator: Indicator;
	reported: SeriesHandle;
	predicted: SeriesHandle | null;
	pending: SeriesHandle;
	complete: SeriesHandle;
}

/**
 * The four series a row writes to, by its jurisdiction and indicator cells;
 * null when the row is not one of ours (the caller says which and why).
 */
export class SeriesFor {
	private state: string | null = null;
	private indicatorText: string | null = null;
	private last: Targets | 'geo' | 'indicator' = 'geo';

	constructor(private readonly out: SeriesBuilder) {}

	get(state: string, indicatorText: string): Targets | 'geo' | 'indicator' {
		if (state === this.state && indicatorText === this.indicatorText) return this.last;
		this.state = state;
		this.indicatorText = indicatorText;
		const code = state.trim();
		const geo = JURISDICTIONS.has(code) ? (code === 'NY' ? NY_EXCL_NYC : code) : null;
		const indicator = INDICATORS.get(indicatorText.trim());
		if (!geo) return (this.last = 'geo');
		if (!indicator) return (this.last = 'indicator');
		const { measure, unit } = indicator;
		const at = (variant: string, u = unit) => this.out.series({ measure, geo, unit: u, variant });
		return (this.last = {
			indicator,
			reported: this.out.series({ measure, geo, unit }),
			predicted: indicator.predicted ? at('predicted') : null,
			pending: at('pct-pending', '% pending investigation'),
			complete: at('pct-complete', '% complete')
		});
	}
}
