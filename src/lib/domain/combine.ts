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

/**
 * A member's rate times its population: its count, up to the rate's scale.
 * Only what sumMembers reads is kept (value, status, range, incomplete): this
 * runs for every point of every member of every region.
 */
function scaled(p: Point, pop: Population | undefined): { count: Point; people: Point } {
	const denom = pop && populationFor(pop, p.period);
	if (!denom) {
		const gap: Point = { period: p.period, value: null, status: 'missing' };
		if (p.incomplete) gap.incomplete = true;
		return { count: gap, people: gap };
	}
	const n = denom.people;
	const count: Point = {
		period: p.period,
		value: p.value === null ? null : p.value * n,
		status: p.status
	};
	const people: Point = { period: p.period, value: n, status: 'final' };
	if (p.low !== undefined) count.low = p.low * n;
	if (p.high !== undefined) count.high = p.high * n;
	if (p.incomplete) count.incomplete = people.incomplete = true;
	return { count, people };
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
