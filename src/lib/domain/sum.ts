/**
 * Adding up members' counts (states into a region, NYC and the rest of the
 * state into New York State). A region's count is the sum of its members'.
 * A member with a suppressed count makes the sum a range (low–high), not a
 * number; a member with no value at all makes the sum missing.
 */
import type { Point, Status } from './series';

export interface Member {
	geo: string;
	points: readonly Point[];
}

const rank: Record<Status, number> = {
	final: 0,
	provisional: 1,
	predicted: 2,
	suppressed: 3,
	missing: 4
};

/** The less certain of two statuses (final < provisional < predicted < suppressed < missing). */
export function worseStatus(a: Status, b: Status): Status {
	return rank[b] > rank[a] ? b : a;
}

export function sumMembers(members: readonly Member[]): Point[] {
	// loops, not flatMap and pairs: a US total walks every point of 51 states
	const seen = new Set<string>();
	for (const m of members) for (const p of m.points) seen.add(p.period);
	const periods = [...seen].sort();
	const lookup = members.map((m) => {
		const at = new Map<string, Point>();
		for (const p of m.points) at.set(p.period, p);
		return { geo: m.geo, at };
	});
	return periods.map((period) => sumAt(period, lookup));
}

function sumAt(period: string, members: { geo: string; at: Map<string, Point> }[]): Point {
	let low = 0;
	let high = 0;
	let ranged = 0;
	let status: Status = 'final';
	let incomplete = false;
	const absent: string[] = [];
	for (const m of members) {
		const p = m.at.get(period);
		if (!p || p.status === 'missing' || (p.value === null && p.status !== 'suppressed')) {
			absent.push(m.geo);
			continue;
		}
		if (p.incomplete) incomplete = true;
		if (p.status === 'suppressed' || p.value === null) {
			if (p.low === undefined || p.high === undefined) {
				absent.push(m.geo);
				continue;
			}
			ranged++;
			low += p.low;
			high += p.high;
			continue;
		}
		status = worseStatus(status, p.status);
		low += p.value;
		high += p.value;
	}
	const flags = incomplete ? { incomplete: true } : {};
	if (absent.length)
		return {
			period,
			value: null,
			status: 'missing',
			note: `No value for ${absent.join(', ')}.`,
			...flags
		};
	if (ranged)
		return {
			period,
			value: null,
			status: 'suppressed',
			low,
			high,
			note: `${ranged} of ${members.length} counts suppressed: the total lies between ${low} and ${high}.`,
			...flags
		};
	return { period, value: low, status, ...flags };
}
