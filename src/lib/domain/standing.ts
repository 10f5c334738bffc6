/**
 * Where one state stands among the 50 states and DC on a measure that has no
 * regional or national value to compare with (a survey share, an estimate):
 * its rank in the latest period it has a value for, and the middle value of
 * the states that have one then. Rank 1 is the highest value; states with the
 * same value share a rank.
 */
import { latestValued } from './change';
import { plotted, type Point } from './series';

export interface Standing {
	period: string;
	value: number;
	/** 1 = highest */
	rank: number;
	/** how many states (and DC) have a value in that period */
	of: number;
	median: number;
}

export function median(values: readonly number[]): number | null {
	if (!values.length) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function standing(
	code: string,
	pointsOf: ReadonlyMap<string, readonly Point[]>
): Standing | null {
	return standings(pointsOf, [code]).get(code) ?? null;
}

/**
 * The standing of each of `codes` (by default every state given): the states'
 * values in a period are gathered once, however many states stand in it.
 */
export function standings(
	pointsOf: ReadonlyMap<string, readonly Point[]>,
	codes: Iterable<string> = pointsOf.keys()
): Map<string, Standing> {
	const valuesIn = new Map<string, number[]>();
	const valuesAt = (period: string) => {
		let values = valuesIn.get(period);
		if (!values)
			valuesIn.set(
				period,
				(values = [...pointsOf.values()].flatMap((points) => {
					const p = points.find((x) => x.period === period);
					const v = p ? plotted(p) : null;
					return v === null ? [] : [v];
				}))
			);
		return values;
	};
	const out = new Map<string, Standing>();
	for (const code of codes) {
		const own = pointsOf.get(code);
		const last = own && latestValued(own);
		if (!last) continue;
		const value = plotted(last)!;
		const values = valuesAt(last.period);
		if (values.length < 2) continue;
		out.set(code, {
			period: last.period,
			value,
			rank: 1 + values.filter((v) => v > value).length,
			of: values.length,
			median: median(values)!
		});
	}
	return out;
}
