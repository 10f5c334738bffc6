/**
 * Medicaid expansion under the Affordable Care Act, as a yearly series a chart
 * can group and a timeline can mark. For each state and year the value is the
 * share of the year with the expansion in effect: 0 before (or never), 1 for
 * a whole year, and for the year it began, the days in effect over the days in
 * the year. That share is exact, so the start date can be read back from it
 * (`expansionDates`) without parsing any text.
 */
import { compareText } from './text-order';
import type { Series } from './series';

export const EXPANSION = 'medicaid.expansion';
export const EXPANSION_ADOPTED = 'medicaid.expansion-adopted';

export interface Day {
	year: number;
	month: number;
	day: number;
}

const DAY_MS = 86_400_000;
const daysInYear = (y: number) => (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 366 : 365);
const dayOfYear = ({ year, month, day }: Day) =>
	(Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / DAY_MS + 1;

/** True when the three numbers name a real calendar day (no 2/30). */
export function isDay(d: Day): boolean {
	const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
	return (
		t.getUTCFullYear() === d.year && t.getUTCMonth() === d.month - 1 && t.getUTCDate() === d.day
	);
}

/** Share of `year` with the expansion in effect, for a start day (null: never in effect). */
export function shareInEffect(start: Day | null, year: number): number {
	if (!start || year < start.year) return 0;
	if (year > start.year) return 1;
	const days = daysInYear(year);
	return (days - dayOfYear(start) + 1) / days;
}

/** The start day a share encodes, as 'YYYY-MM-DD'. */
function startFromShare(year: number, share: number): string {
	const days = daysInYear(year);
	const first = days - Math.round(share * days) + 1;
	return new Date(Date.UTC(year, 0, first)).toISOString().slice(0, 10);
}

export interface Adoption {
	geo: string;
	/**
	 * in effect (with its date; a date after the source's timeframe is a
	 * planned one), adopted but not yet in effect, or not adopted
	 */
	status: 'in-effect' | 'adopted-not-in-effect' | 'not-adopted';
	/** the day coverage under the expansion began, 'YYYY-MM-DD', or null */
	date: string | null;
}

const ORDER = { 'in-effect': 0, 'adopted-not-in-effect': 1, 'not-adopted': 2 };

/**
 * Each state's expansion start date, for the policy timeline, read from the
 * normalized series (`medicaid.expansion`, and `medicaid.expansion-adopted`
 * for states that adopted it but have no start date yet). Earliest first.
 */
export function expansionDates(series: readonly Series[]): Adoption[] {
	const adopted = new Map(
		series
			.filter((s) => s.measure === EXPANSION_ADOPTED && !s.variant)
			.map((s) => [s.geo, s.points.at(-1)?.value === 1])
	);
	const out: Adoption[] = series
		.filter((s) => s.measure === EXPANSION && !s.variant)
		.map((s) => {
			const first = s.points.find((p) => (p.value ?? 0) > 0);
			if (first)
				return {
					geo: s.geo,
					status: 'in-effect',
					date: startFromShare(Number(first.period), first.value!)
				};
			return {
				geo: s.geo,
				status: adopted.get(s.geo) ? 'adopted-not-in-effect' : 'not-adopted',
				date: null
			};
		});
	return out.sort(
		(a, b) =>
			ORDER[a.status] - ORDER[b.status] ||
			compareText(a.date ?? '', b.date ?? '') ||
			compareText(a.geo, b.geo)
	);
}
