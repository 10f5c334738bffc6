/**
 * States side by side: one outcome and one condition per state, paired for a
 * scatter. A state with a gap on either side is left out and counted with its
 * reason, never given a zero.
 */
import { plotted, type Point } from '../series';

/** Each state's points of one measure, by USPS code. */
export type ByState = Readonly<Record<string, readonly Point[]>>;

export interface Place {
	code: string;
	name: string;
}

export interface PairedRow {
	geo: string;
	name: string;
	x: number | null;
	y: number | null;
	/** why the state is left out; absent when it is in */
	left?: string;
	/** a value here is provisional and expected to rise */
	incomplete?: boolean;
}

export interface Paired {
	rows: PairedRow[];
	/** rows with both values */
	included: PairedRow[];
	/** rows left out, with their reasons */
	excluded: PairedRow[];
}

/** Why a point gives no value, in words a reader can check against the source. */
export function gapReason(p: Point | undefined): string | null {
	if (!p) return 'not in the source';
	if (plotted(p) !== null) return null;
	if (p.status === 'suppressed') return 'suppressed (small count)';
	if (/low data quality/i.test(p.note ?? '')) return 'not shown: low data quality';
	return p.note ? `no value (${p.note})` : 'no value';
}

export const pointAt = (points: readonly Point[] | undefined, period: string) =>
	points?.find((p) => p.period === period);

/** Pairs one value per state; `x` and `y` pick (and may compute) each side's point. */
export function pairStates(
	places: readonly Place[],
	x: (geo: string) => Point | undefined,
	y: (geo: string) => Point | undefined,
	labels: { x: string; y: string }
): Paired {
	const rows = places.map((place): PairedRow => {
		const px = x(place.code);
		const py = y(place.code);
		const reasons = [
			[labels.y, gapReason(py)],
			[labels.x, gapReason(px)]
		]
			.filter(([, r]) => r !== null)
			.map(([label, r]) => `${label}: ${r}`);
		return {
			geo: place.code,
			name: place.name,
			x: px ? plotted(px) : null,
			y: py ? plotted(py) : null,
			...(reasons.length ? { left: reasons.join('; ') } : {}),
			...(px?.incomplete || py?.incomplete ? { incomplete: true } : {})
		};
	});
	return {
		rows,
		included: rows.filter((r) => r.left === undefined),
		excluded: rows.filter((r) => r.left !== undefined)
	};
}

/** The change of a state's value from one period to another, as a point (a gap if either is). */
export function changeBetween(
	points: readonly Point[] | undefined,
	from: string,
	to: string
): Point | undefined {
	const a = pointAt(points, from);
	const b = pointAt(points, to);
	if (!a || !b) return undefined;
	const va = plotted(a);
	const vb = plotted(b);
	if (va === null) return { ...a, period: `${from}-${to}` };
	if (vb === null) return { ...b, period: `${from}-${to}` };
	return {
		period: `${from}-${to}`,
		value: Math.round((vb - va) * 1000) / 1000,
		status: b.status === 'final' && a.status === 'final' ? 'final' : 'provisional',
		...(a.incomplete || b.incomplete ? { incomplete: true } : {})
	};
}
