/**
 * One plain-language sentence for a chart that compares places: the first
 * place's latest value, and the others' values for the same period.
 */
import { latestValued } from './change';
import { formatNumber } from './format';
import { plotted, type Point } from './series';

export interface Compared {
	name: string;
	points: readonly Point[] | undefined;
}

export function comparisonSummary(o: {
	/** 'In 2023' or 'In the 12 months ending June 2024', from the period */
	when: (period: string) => string;
	/** 'the crude death rate' */
	what: string;
	/** 'per 100,000 people' */
	unit: string;
	places: readonly Compared[];
	digits?: number;
}): string {
	const [first, ...others] = o.places;
	const last = first?.points && latestValued(first.points);
	const fmt = (v: number) => formatNumber(v, o.digits ?? 1);
	if (!first || !last)
		return `There is no value of ${o.what} for ${first?.name ?? 'this place'} in these files.`;
	const valueAt = (c: Compared) => {
		const p = c.points?.find((x) => x.period === last.period);
		return p ? plotted(p) : null;
	};
	const rest = others.flatMap((c) => {
		const v = valueAt(c);
		return v === null ? [] : [`${c.name}: ${fmt(v)}`];
	});
	const head = `${o.when(last.period)}, ${o.what} in ${first.name} was ${fmt(plotted(last)!)} ${o.unit}`;
	const caveat = last.incomplete ? ' The latest figure is incomplete and may rise.' : '';
	return `${head}${rest.length ? ` (${rest.join('; ')})` : ''}.${caveat}`;
}

/** 'In 2023, <intro>: A 12; B 7.' — several values of one period (the latest any item has). */
export function listSummary(o: {
	when: (period: string) => string;
	intro: string;
	items: readonly Compared[];
	digits?: number;
}): string {
	const lasts = o.items.flatMap((c) => {
		const p = c.points && latestValued(c.points);
		return p ? [p.period] : [];
	});
	const period = lasts.sort().at(-1);
	if (!period) return `There are no values of ${o.intro} in these files.`;
	const points = o.items.map((c) => c.points?.find((x) => x.period === period));
	const parts = o.items.flatMap((c, i) => {
		const v = points[i] ? plotted(points[i]) : null;
		return v === null ? [] : [`${c.name} ${formatNumber(v, o.digits ?? 0)}`];
	});
	const caveat = points.some((p) => p?.incomplete)
		? ' This latest period is incomplete and its figures will rise.'
		: '';
	return `${o.when(period)}, ${o.intro}: ${parts.join('; ')}.${caveat}`;
}
