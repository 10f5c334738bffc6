/**
 * A region's series from its members' series, by the rule the measure
 * catalogue gives (measures/define.ts, `combineOf`):
 *   'sum'             counts add up (sum.ts: a suppressed member makes a range,
 *                     a member without a value makes the period a gap);
 *   'per-population'  a rate per head of population (naloxone prescriptions per
 *                     100 people, ED visits per 100,000): each member's rate is
 *                     weighted by its population, which is the members' summed
 *                     counts over their summed populations — never a plain
 *                     average of rates.
 * Only members that have the series at all take part; the caller names the
 * others, so a page can say "without PA, which has no CDC count".
 */
import type { Combine } from './measures/define';
import { populationFor, type Population } from './rates';
import type { Point } from './series';
import { sumMembers, type Member } from './sum';

const round = (x: number) => Math.round(x * 1000) / 1000;

export function combineMembers(
	how: Combine,
	members: readonly Member[],
	populationOf: (geo: string) => Population | undefined
): Point[] {
	return how === 'sum' ? sumMembers(members) : weightedByPopulation(members, populationOf);
}

/** A member's rate times its population: its count, up to the rate's scale. */
function scaled(p: Point, pop: Population | undefined): { count: Point; people: Point } {
	const base = { period: p.period, ...(p.incomplete ? { incomplete: true } : {}) };
	const denom = pop && populationFor(pop, p.period);
	if (!denom) {
		const gap = { ...base, value: null, status: 'missing' as const, note: 'No population.' };
		return { count: gap, people: gap };
	}
	const times = (x: number) => x * denom.people;
	const count: Point = {
		...base,
		value: p.value === null ? null : times(p.value),
		status: p.status,
		...(p.low !== undefined ? { low: times(p.low) } : {}),
		...(p.high !== undefined ? { high: times(p.high) } : {}),
		...(denom.note ? { note: denom.note } : {})
	};
	return { count, people: { ...base, value: denom.people, status: 'final' } };
}

function weightedByPopulation(
	members: readonly Member[],
	populationOf: (geo: string) => Population | undefined
): Point[] {
	const parts = members.map((m) => {
		const pop = populationOf(m.geo);
		const pairs = m.points.map((p) => scaled(p, pop));
		return {
			counts: { geo: m.geo, points: pairs.map((x) => x.count) },
			people: { geo: m.geo, points: pairs.map((x) => x.people) }
		};
	});
	const counts = sumMembers(parts.map((x) => x.counts));
	const people = new Map(sumMembers(parts.map((x) => x.people)).map((p) => [p.period, p]));
	return counts.map((c): Point => {
		const n = people.get(c.period);
		const flags = c.incomplete ? { incomplete: true } : {};
		if (!n || n.value === null || !n.value || c.status === 'missing')
			return {
				period: c.period,
				value: null,
				status: 'missing',
				...(c.note ? { note: c.note } : {}),
				...flags
			};
		const per = (x: number) => round(x / n.value!);
		if (c.value === null)
			return {
				period: c.period,
				value: null,
				status: c.status,
				...(c.low !== undefined ? { low: per(c.low) } : {}),
				...(c.high !== undefined ? { high: per(c.high) } : {}),
				...flags
			};
		return { period: c.period, value: per(c.value), status: c.status, ...flags };
	});
}
