/**
 * Reading cells of official files. Each reader names the file, row and column
 * when a cell is not what the format promises.
 */
import { FIRST_YEAR, LAST_YEAR } from '../domain/period';
import { SourceError } from './types';

/** Cell text as shown in a message: quoted, shortened, control characters made visible. */
export function shown(cell: string): string {
	const t = cell.length > 40 ? `${cell.slice(0, 40)}…` : cell;
	return JSON.stringify(t);
}

/** A header's column positions, by name; throws naming every missing column. */
export function columns<const K extends string>(
	header: readonly string[],
	names: readonly K[],
	file: string
): Record<K, number> {
	const clean = header.map((h) => h.replace(/^\uFEFF/, '').trim());
	const out = {} as Record<K, number>;
	const missing: string[] = [];
	for (const n of names) {
		const i = clean.indexOf(n);
		if (i < 0) missing.push(n);
		else out[n] = i;
	}
	if (missing.length)
		throw new SourceError(
			file,
			1,
			missing[0]!,
			`a header with the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`,
			`a header without ${missing.length > 1 ? 'them' : 'it'}`,
			'The source may have changed its format; check the file against the official download.'
		);
	return out;
}

export interface CellContext {
	file: string;
	row: number;
	column: string;
}

/** '12', '-3.5', '.5', '4.4e-05' (CBP writes tiny weights so) */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * A number as official files write it ('4,034' and '4034' both read 4034),
 * null for a blank cell, NaN for anything else. For hot loops that report
 * their own errors; readNumber is the same with the error.
 */
export function parseNumber(cell: string | undefined): number | null {
	const t = (cell ?? '').trim();
	if (t === '') return null;
	const plain = t.includes(',') ? t.replace(/,(?=\d{3}(\D|$))/g, '') : t;
	// Decimal only: Number() would also read '0x10' as 16 and 'Infinity' as a number.
	const n = DECIMAL.test(plain) ? Number(plain) : NaN;
	return Number.isFinite(n) ? n : NaN;
}

/**
 * A number as official files write it: '4,034' and '4034' both read 4034.
 * Returns null for a blank cell; throws for anything else that is not a number.
 */
export function readNumber(cell: string | undefined, at: CellContext): number | null {
	const n = parseNumber(cell);
	if (Number.isNaN(n))
		throw new SourceError(at.file, at.row, at.column, 'a number', shown((cell ?? '').trim()));
	return n;
}

/** A count of people or events: a whole number, zero or more. */
export function readCount(cell: string | undefined, at: CellContext): number | null {
	const n = readNumber(cell, at);
	if (n !== null && (n < 0 || !Number.isInteger(n)))
		throw new SourceError(
			at.file,
			at.row,
			at.column,
			'a whole number of 0 or more',
			shown(cell ?? '')
		);
	return n;
}

/** A year between 1900 and 2100. */
export function readYear(cell: string | undefined, at: CellContext): number {
	const t = (cell ?? '').trim();
	const y = /^\d{4}$/.test(t) ? Number(t) : NaN;
	if (!(y >= FIRST_YEAR && y <= LAST_YEAR))
		throw new SourceError(
			at.file,
			at.row,
			at.column,
			`a year from ${FIRST_YEAR} to ${LAST_YEAR}`,
			shown(t)
		);
	return y;
}

/** A month number, 1 to 12 ("1" and "01" both read 1). */
export function readMonth(cell: string | undefined, at: CellContext): number {
	const t = (cell ?? '').trim();
	const m = /^\d{1,2}$/.test(t) ? Number(t) : NaN;
	if (!(m >= 1 && m <= 12))
		throw new SourceError(at.file, at.row, at.column, 'a month number from 1 to 12', shown(t));
	return m;
}
