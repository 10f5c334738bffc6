/**
 * What a benchmark section returns, and the little arithmetic they share.
 * Benchmarks report; they never assert: a missed target is a row that says
 * NOT MET, with a note on its cause where the section can tell.
 */
export interface Measurement {
	/** what was measured: 'full import (5 files, 7.7 MB)' */
	subject: string;
	metric: string;
	value: number;
	unit: string;
	/** the limit it is held to, in words ('≤ 1.5', '< 200'), and whether it held */
	target?: { text: string; met: boolean };
	/** what the lead needs to act on it, printed under the table (largest files, failing audits) */
	note?: string;
}

export interface Section {
	name: string;
	run(log: (line: string) => void): Promise<Measurement[]>;
}

export function median(xs: readonly number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

export function measurement(
	subject: string,
	metric: string,
	value: number,
	unit: string,
	target?: Measurement['target'],
	note?: string
): Measurement {
	return { subject, metric, value, unit, ...(target ? { target } : {}), ...(note ? { note } : {}) };
}

/** A target of "at most `limit`": met when the value does not exceed it. */
export const atMost = (value: number, limit: number, unit: string) => ({
	text: `≤ ${limit} ${unit}`.trim(),
	met: value <= limit
});

/** A target of "at least `limit`". */
export const atLeast = (value: number, limit: number, unit = '') => ({
	text: `≥ ${limit} ${unit}`.trim(),
	met: value >= limit
});
