/**
 * The Medicaid expansion row of "at a glance": the state's status and start
 * date (KFF), and how many states of its division and of the country have
 * adopted the expansion (the division's and the US's sum of 1 = adopted).
 */
import type { GeoProfile } from '../domain/geo-file';
import { EXPANSION, EXPANSION_ADOPTED, expansionDates } from '../domain/medicaid-expansion';
import { formatPeriod, MONTH_NAMES } from '../domain/period';
import type { Place } from '../domain/profile';
import type { GlanceRow } from './glance-table';

const DATASET = 'kff-medicaid-expansion';

/** '2014-01-01' -> 'January 1, 2014' */
function longDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${MONTH_NAMES[m! - 1]} ${d}, ${y}`;
}

function adoptionOf(p: GeoProfile, code: string) {
	const own = [EXPANSION, EXPANSION_ADOPTED].flatMap((m) => p.series(DATASET, m, code) ?? []);
	return expansionDates(own)[0];
}

function stateCell(p: GeoProfile, code: string): string {
	const adoption = adoptionOf(p, code);
	if (!adoption) return 'No entry';
	if (adoption.status === 'not-adopted') return 'Not adopted';
	if (!adoption.date) return 'Adopted, not yet in effect';
	return `Yes, since ${adoption.date.slice(0, 4)}`;
}

function countCell(p: GeoProfile, place: Place): string | null {
	const sum = p.series(DATASET, EXPANSION_ADOPTED, place.geo)?.points.at(-1)?.value;
	const made = p.combined(DATASET, EXPANSION_ADOPTED, place.geo);
	if (sum == null || !made) return null;
	const of = made.members.length + made.left.length;
	return `${sum} of ${of}`;
}

export function medicaidRow(p: GeoProfile, places: readonly Place[]): GlanceRow | null {
	const d = p.dataset(DATASET);
	const period = p.series(DATASET, EXPANSION_ADOPTED, places[0]!.geo)?.points.at(-1)?.period;
	if (!d || !period) return null;
	const since = adoptionOf(p, places[0]!.geo)?.date;
	return {
		key: `${DATASET}|${EXPANSION_ADOPTED}`,
		label: 'Medicaid expansion (Affordable Care Act)',
		period: `as of ${formatPeriod(period)}`,
		cells: places.map((pl) => (pl.role === 'state' ? stateCell(p, pl.geo) : countCell(p, pl))),
		note: `${since ? `In effect since ${longDate(since)}. ` : ''}The expansion covers more adults with low incomes; the division and US count the states (and DC) that adopted it.`,
		source: d.publisher
	};
}
