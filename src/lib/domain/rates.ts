/**
 * Crude rates per 100,000 people: a count divided by the population of the
 * same year. A 12-month-ending month uses the population of the year it ends
 * in. Past the last population estimate (there is no 2025 estimate yet) the
 * latest year is reused, and the point says so. A suppressed count gives a
 * range of rates; a gap stays a gap. Rates are never averaged across places:
 * a region's rate is its summed count over its summed population.
 */
import { sumMembers, type Member } from './sum';
import type { Point } from './series';

export const PER = 100_000;

/** population by year ('2024' -> people) */
export type Population = ReadonlyMap<string, number>;

export function populationOf(points: readonly Point[]): Map<string, number> {
	return new Map(
		points
			.filter((p) => p.value !== null && /^\d{4}$/.test(p.period))
			.map((p) => [p.period, p.value!])
	);
}

/** The population for a period, and a note when a nearby year had to stand in. */
export function populationFor(
	pop: Population,
	period: string
): { people: number; note?: string } | null {
	const year = period.slice(0, 4);
	const exact = pop.get(year);
	if (exact !== undefined) return { people: exact };
	// the latest year, without sorting: this runs for every point of a region's rates
	let last: string | undefined;
	for (const y of pop.keys()) if (last === undefined || y > last) last = y;
	if (last !== undefined && year > last)
		return {
			people: pop.get(last)!,
			note: `No population estimate for ${year} yet; the ${last} estimate is used.`
		};
	return null;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function ratePer100k(counts: readonly Point[], pop: Population): Point[] {
	return counts.map((p): Point => {
		const base = { period: p.period, ...(p.incomplete ? { incomplete: true } : {}) };
		const denom = populationFor(pop, p.period);
		if (!denom)
			return {
				...base,
				value: null,
				status: 'missing',
				note: `No population for ${p.period.slice(0, 4)}.`
			};
		const note = [p.note, denom.note].filter(Boolean).join(' ') || undefined;
		const rate = (n: number) => round((n / denom.people) * PER);
		if (p.status === 'suppressed' && p.low !== undefined && p.high !== undefined)
			return {
				...base,
				value: null,
				status: 'suppressed',
				low: rate(p.low),
				high: rate(p.high),
				...(note ? { note } : {})
			};
		if (p.value === null || p.status === 'missing' || p.status === 'suppressed')
			return { ...base, value: null, status: p.status, ...(note ? { note } : {}) };
		return { ...base, value: rate(p.value), status: p.status, ...(note ? { note } : {}) };
	});
}

/** A region's rate: the sum of its members' counts over the sum of their populations. */
export function regionRate(
	members: readonly (Member & { population: readonly Point[] })[]
): Point[] {
	const counts = sumMembers(members);
	const pop = sumMembers(members.map((m) => ({ geo: m.geo, points: m.population })));
	return ratePer100k(counts, populationOf(pop));
}
