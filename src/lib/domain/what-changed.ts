/**
 * "What changed": the places with the largest rises and falls from the same
 * period a year earlier.
 *
 * Ranked by percent change, so a small state and a large one stand on the
 * same footing (ranking by count would list the most populous states every
 * time); the change in deaths is shown beside it. A place needs at least
 * `minPrevious` deaths in the earlier period to be ranked: with small numbers
 * chance alone makes large percent swings (20 deaths becoming 30 is a rise of
 * 50 %). Places left out are listed with the reason.
 */
import { compareText } from './text-order';
import { formatCount, formatPercent } from './format';
import type { PlaceSnapshot } from './snapshot';

export const MIN_PREVIOUS = 100;

export interface RankedChange {
	geo: string;
	name: string;
	previous: number;
	value: number;
	/** value − previous */
	difference: number;
	percent: number;
}

export interface Ranking {
	rises: RankedChange[];
	falls: RankedChange[];
	/** how many places met the rule and were compared */
	compared: number;
	left: { name: string; why: string }[];
	minPrevious: number;
}

export function rankChanges(
	places: readonly PlaceSnapshot[],
	o: { minPrevious?: number; top?: number } = {}
): Ranking {
	const minPrevious = o.minPrevious ?? MIN_PREVIOUS;
	const top = o.top ?? 5;
	const ranked: RankedChange[] = [];
	const left: Ranking['left'] = [];
	for (const p of places) {
		const why = reasonLeftOut(p, minPrevious);
		if (why) left.push({ name: p.name, why });
		else {
			const c = p.change!;
			ranked.push({
				geo: p.geo,
				name: p.name,
				previous: c.previous,
				value: c.value,
				difference: c.value - c.previous,
				percent: c.percent!
			});
		}
	}
	const byPercent = (a: RankedChange, b: RankedChange) =>
		b.percent - a.percent || b.difference - a.difference || compareText(a.name, b.name);
	const sorted = ranked.sort(byPercent);
	return {
		rises: sorted.filter((r) => r.percent > 0).slice(0, top),
		falls: sorted
			.filter((r) => r.percent < 0)
			.reverse()
			.slice(0, top),
		compared: ranked.length,
		left,
		minPrevious
	};
}

function reasonLeftOut(p: PlaceSnapshot, minPrevious: number): string | null {
	if (!p.change)
		return p.count?.value == null ? 'no count for this period' : 'no count a year earlier';
	if (p.change.previous < minPrevious) return `fewer than ${minPrevious} deaths a year earlier`;
	return null;
}

/** "up 24 %: from 1,599 to 1,982 (383 more deaths)" */
export function changeItemWords(r: RankedChange): string {
	const n = Math.abs(r.difference);
	const deaths = `${formatCount(n)} ${r.difference > 0 ? 'more' : 'fewer'} ${n === 1 ? 'death' : 'deaths'}`;
	return `${r.percent > 0 ? 'up' : 'down'} ${formatPercent(Math.abs(r.percent))}: from ${formatCount(r.previous)} to ${formatCount(r.value)} (${deaths})`;
}
