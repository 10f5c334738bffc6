/**
 * Pounds of fentanyl CBP seized per 100,000 residents, for border states.
 * CBP reports seizures by its own areas (field offices, Border Patrol
 * sectors, air branches), not by state. data/cbp-areas.csv says which states
 * an area covers; only an area that lies wholly in one state can be credited
 * to it. Areas that span several states (El Paso: Texas and New Mexico; Yuma:
 * Arizona, California and Nevada; …) and air and marine branches cannot, so
 * each state's figure is a lower bound and some states (New Mexico) get none.
 * Calendar years count only when every month of every area is reported.
 */
import { compareText } from '../text-order';
import type { CbpArea } from '../cbp';
import { PER } from '../rates';
import { plotted, type Point } from '../series';
import type { ByState } from './cross-section';

export interface BorderSeizures {
	byState: Record<string, Point[]>;
	/** per state: the areas credited to it */
	credited: Record<string, string[]>;
	/** border areas that span several states (or none) and are left out */
	leftOut: CbpArea[];
}

function yearTotals(monthly: readonly (readonly Point[])[]): Map<string, number | null> {
	const byYear = new Map<string, { sum: number; months: Set<string>; gap: boolean }>();
	for (const points of monthly)
		for (const p of points) {
			const year = p.period.slice(0, 4);
			const t = byYear.get(year) ?? { sum: 0, months: new Set(), gap: false };
			const v = plotted(p);
			if (v === null) t.gap = true;
			else t.sum += v;
			t.months.add(p.period);
			byYear.set(year, t);
		}
	return new Map(
		[...byYear].map(([year, t]) => [year, t.gap || t.months.size < 12 ? null : t.sum])
	);
}

export function borderSeizuresPerCapita(o: {
	areas: readonly CbpArea[];
	/** monthly pounds by area geo id */
	monthly: Readonly<Record<string, readonly Point[]>>;
	population: ByState;
	/** the border states to report on */
	states: readonly string[];
}): BorderSeizures {
	const border = o.areas.filter((a) =>
		a.regions.some((r) => r === 'southwest' || r === 'northern')
	);
	const single = border.filter((a) => a.states.length === 1 && o.states.includes(a.states[0]!));
	const byState: Record<string, Point[]> = {};
	const credited: Record<string, string[]> = {};
	for (const state of o.states) {
		const mine = single.filter((a) => a.states[0] === state && o.monthly[a.id]);
		if (!mine.length) continue;
		credited[state] = mine.map((a) => a.name);
		const pop = new Map((o.population[state] ?? []).map((p) => [p.period, p.value]));
		const note = `Seizures in CBP areas wholly within the state: ${credited[state].join(', ')}. Areas shared with other states are not counted, so this is a lower bound.`;
		byState[state] = [...yearTotals(mine.map((a) => o.monthly[a.id]!))]
			.sort(([a], [b]) => compareText(a, b))
			.map(([year, lbs]): Point => {
				const people = pop.get(year);
				if (lbs === null || !people)
					return {
						period: year,
						value: null,
						status: 'missing',
						note:
							lbs === null
								? 'Not every month of the year is in CBP’s files.'
								: 'No population estimate.'
					};
				return {
					period: year,
					value: Math.round((lbs / people) * PER * 1e4) / 1e4,
					status: 'final',
					note
				};
			});
	}
	return {
		byState,
		credited,
		leftOut: border.filter((a) => !single.includes(a))
	};
}
