/**
 * What CDC DOSE writes in place of a number, and what it means. DOSE-SYS uses
 * symbols (`*` suppressed, `§` not shared, `¶` not taking part); the discharge
 * data use the words `suppressed` and `NA`. Never read as 0.
 */
import { addMonths } from '../../domain/period';
import type { Point, Status } from '../../domain/series';
import { readNumber, shown, type CellContext } from '../cells';
import { SourceError } from '../types';

type Gap = { value: null; status: Status; note: string; low?: number; high?: number };

export const SYS_MARKERS: Readonly<Record<string, Gap>> = {
	'*': {
		value: null,
		status: 'suppressed',
		note: 'Suppressed by CDC (*): based on fewer than 20 overdoses, or too few months of data.'
	},
	'§': {
		value: null,
		status: 'missing',
		note: 'Not available (§): the state does not share syndromic surveillance data with CDC’s DOSE system.'
	},
	'¶': {
		value: null,
		status: 'missing',
		note: 'Not available (¶): the state does not take part in DOSE syndromic surveillance.'
	}
};

/** First and last month CDC left out of DOSE-SYS at the onset of the COVID-19 pandemic. */
export const EXCLUDED = ['2020-03', '2020-08'] as const;
const EXCLUDED_MONTH =
	'Not available: CDC left March–August 2020 (the onset of the COVID-19 pandemic) out of DOSE syndromic data.';
const EXCLUDED_WINDOW =
	'Not available: this 12-month window includes March–August 2020, which CDC left out of DOSE syndromic data (the onset of the COVID-19 pandemic).';
const BEFORE_FIRST_WINDOW =
	'Not available: DOSE syndromic data begin in January 2019, so the first 12-month window ends in December 2019.';

/** A 12-month window ending in `period` ('YYYY-MM') that includes an excluded month. */
function windowExcluded(period: string): boolean {
	return addMonths(period, -11) <= EXCLUDED[1] && period >= EXCLUDED[0];
}

/**
 * One DOSE-SYS rate. `rolling` is true for CDC's "Annual" rate (12 months
 * ending in the month); gaps caused by the 2020 exclusion or by the first
 * window not yet being full are told apart from small-number suppression.
 */
export function sysPoint(cell: string, period: string, rolling: boolean, at: CellContext): Point {
	const marker = SYS_MARKERS[cell];
	if (marker) {
		if (rolling && period < '2019-12')
			return { period, ...marker, status: 'missing', note: BEFORE_FIRST_WINDOW };
		if (cell === '*' && !rolling && period >= EXCLUDED[0] && period <= EXCLUDED[1])
			return { period, ...marker, status: 'missing', note: EXCLUDED_MONTH };
		if (cell === '*' && rolling && windowExcluded(period))
			return { period, ...marker, status: 'missing', note: EXCLUDED_WINDOW };
		return { period, ...marker };
	}
	return { period, value: numberIn(cell, at, false, '"*", "§" or "¶"'), status: 'provisional' };
}

const CODE_STARTED: Readonly<Record<string, [string, string]>> = {
	fentanyl: ['2020-10', 'October 2020'],
	methamphetamine: ['2022-10', 'October 2022']
};

/**
 * One discharge-data count or rate. `drug` is the catalogue's drug id: for
 * fentanyl and methamphetamine, NA before their diagnosis codes began says so.
 */
export function dxPoint(
	cell: string,
	period: string,
	o: { kind: 'count' | 'rate'; drug: string },
	at: CellContext
): Point {
	if (cell === 'suppressed')
		return o.kind === 'count'
			? {
					period,
					value: null,
					status: 'suppressed',
					low: 1,
					high: 9,
					note: 'Suppressed by CDC: 1 to 9 overdoses.'
				}
			: {
					period,
					value: null,
					status: 'suppressed',
					note: 'Suppressed by CDC: rates based on 1 to 19 overdoses are not shown.'
				};
	if (cell === 'NA') {
		const started = CODE_STARTED[o.drug];
		const note =
			started && period < started[0]
				? `Not available: the diagnosis code for ${o.drug} poisoning began in ${started[1]}.`
				: 'Not available (NA in CDC’s file).';
		return { period, value: null, status: 'missing', note };
	}
	const value = numberIn(cell, at, o.kind === 'count', '"suppressed" or "NA"');
	return { period, value, status: 'final' };
}

/** A rate or count; `words` are the file's own markers, for the message. */
function numberIn(cell: string, at: CellContext, whole: boolean, words: string): number {
	let n: number | null = null;
	try {
		n = readNumber(cell, at);
	} catch {
		// not a number at all: reported below, with the file's own markers
	}
	if (n === null || n < 0 || (whole && !Number.isInteger(n)))
		throw new SourceError(
			at.file,
			at.row,
			at.column,
			`${whole ? 'a whole number' : 'a rate'}, ${words}`,
			shown(cell)
		);
	return n;
}
