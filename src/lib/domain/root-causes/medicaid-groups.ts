/**
 * States grouped by when Medicaid expansion took effect, and each group's
 * yearly mean death rate with a 95 % interval. A group mean weighs every
 * state alike (it describes the typical state, not the typical person), and
 * a state with no value in a year is left out of that year and counted.
 */
import type { Adoption } from '../medicaid-expansion';
import { plotted } from '../series';
import { groupMean, welchDifference, type Difference, type GroupMean } from '../stats/group-means';
import { pointAt, type ByState } from './cross-section';

export const GROUPS = ['by', 'after', 'never'] as const;
export type GroupId = (typeof GROUPS)[number];

export function groupLabel(id: GroupId, year: number, asOf: string): string {
	switch (id) {
		case 'by':
			return `Expansion in effect by the end of ${year}`;
		case 'after':
			return `Expansion took effect after ${year}`;
		case 'never':
			return `No expansion in effect (KFF, as of ${asOf})`;
	}
}

/** Each state's group for a cut-off year. */
export function expansionGroups(
	adoptions: readonly Adoption[],
	year: number
): Map<string, GroupId> {
	return new Map(
		adoptions.map((a) => {
			if (a.status !== 'in-effect' || !a.date) return [a.geo, 'never'];
			return [a.geo, Number(a.date.slice(0, 4)) <= year ? 'by' : 'after'];
		})
	);
}

export interface Trajectory {
	group: GroupId;
	members: string[];
	/** one mean per year, in the order of `years` */
	means: GroupMean[];
}

export function trajectories(
	rates: ByState,
	groups: ReadonlyMap<string, GroupId>,
	years: readonly string[]
): Trajectory[] {
	return GROUPS.map((group) => {
		const members = [...groups]
			.filter(([, g]) => g === group)
			.map(([geo]) => geo)
			.sort();
		const means = years.map((year) =>
			groupMean(
				members.map((geo) => {
					const p = pointAt(rates[geo], year);
					return p ? plotted(p) : null;
				})
			)
		);
		return { group, members, means };
	}).filter((t) => t.members.length > 0);
}

/** The difference between two groups' means in one year (index into `years`). */
export function differenceAt(a: Trajectory, b: Trajectory, index: number): Difference | null {
	const ma = a.means[index];
	const mb = b.means[index];
	return ma && mb ? welchDifference(ma, mb) : null;
}
