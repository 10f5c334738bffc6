/**
 * Reading the value cell of a user's file. A blank or "N/A" is a missing
 * value and a "*", "suppressed" or "<10" a suppressed one: never 0. Numbers
 * may carry thousands separators ("1,234") and, for rates, a "%" sign.
 */
import { readNumber } from '../sources/cells';
import { SourceError } from '../sources/types';

export type ValueKind = 'count' | 'rate' | 'amount';

export const VALUE_KIND_LABELS: Record<ValueKind, string> = {
	count: 'A count (people, deaths, visits, doses…)',
	rate: 'A rate or percentage',
	amount: 'Another amount (pounds, dollars…)'
};

export type ValueRead =
	| { value: number }
	| { value: null; status: 'missing'; note: string }
	| { value: null; status: 'suppressed'; low?: number; high?: number; note: string }
	| { problem: string };

const MISSING = /^(|na|n\/a|n\.a\.|nan|null|none|missing|unknown|\.|-|–|—)$/i;
const SUPPRESSED = /^(\*+|s|suppressed|suppressed\*?|data suppressed|\(s\)|x)$/i;

/** '<10', 'under 10', 'fewer than 10', '1-9': a suppressed count within a known range. */
function suppressedRange(t: string, kind: ValueKind): ValueRead | null {
	const below = /^(?:<|under|fewer than|less than)\s*(\d+)$/i.exec(t);
	if (below) {
		const n = Number(below[1]);
		// a count under 10 is at most 9; a rate under 10 may be 9.99…
		const high = kind === 'count' ? n - 1 : n;
		return { value: null, status: 'suppressed', low: 0, high, note: `written as “${t}”` };
	}
	const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(t);
	if (range && Number(range[1]) < Number(range[2]))
		return {
			value: null,
			status: 'suppressed',
			low: Number(range[1]),
			high: Number(range[2]),
			note: `written as “${t}”`
		};
	return null;
}

export function readValue(cell: string, kind: ValueKind): ValueRead {
	const t = cell.trim();
	if (MISSING.test(t))
		return { value: null, status: 'missing', note: t ? `written as “${t}”` : 'blank in the file' };
	if (SUPPRESSED.test(t)) return { value: null, status: 'suppressed', note: `written as “${t}”` };
	const range = suppressedRange(t, kind);
	if (range) return range;
	let n: number | null;
	try {
		n = readNumber(kind === 'count' ? t : t.replace(/\s*%$/, ''), { file: '', row: 0, column: '' });
	} catch (e) {
		if (!(e instanceof SourceError)) throw e;
		return { problem: `this is not a number` };
	}
	if (n === null) return { value: null, status: 'missing', note: 'blank in the file' };
	if (kind === 'count' && (n < 0 || !Number.isInteger(n)))
		return { problem: 'a count must be a whole number of 0 or more' };
	return { value: n };
}

/** Share of filled sample cells that are numbers: a value column is almost all numbers. */
export function valueShare(cells: readonly string[]): number {
	const filled = cells.filter((c) => c.trim() !== '');
	if (!filled.length) return 0;
	const numbers = filled.filter((c) => {
		const r = readValue(c, 'amount');
		return 'value' in r && r.value !== null;
	});
	return numbers.length / filled.length;
}
