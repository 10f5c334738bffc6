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

function stateCell(p: GeoProfile, code: string): string {
	const own = [EXPANSION, EXPANSION_ADOPTED].flatMap((m) => p.series(DATASET, m, code) ?? []);
	const [adoption] = expansionDates(own);
	if (!adoption) return 'No entry';
	if (adoption.status === 'not-adopted') return 'Not adopted';
	if (!adoption.date) return 'Adopted, not yet in effect';
	return `Adopted; in effect since ${longDate(adoption.date)}`;
}

function countCell(p: GeoProfile, place: Place): string | null {
	const sum = p.series(DATASET, EXPANSION_ADOPTED, place.geo)?.points.at(-1)?.value;
	const made = p.combined(DATASET, EXPANSION_ADOPTED, place.geo);
	if (sum == null || !made) return null;
	const of = made.members.length + made.left.length;
	return `${sum} of ${of} ${place.role === 'us' ? 'states and DC' : 'states'} adopted`;
}

export function medicaidRow(p: GeoProfile, places: readonly Place[]): GlanceRow | null {
	const d = p.dataset(DATASET);
	const period = p.series(DATASET, EXPANSION_ADOPTED, places[0]!.geo)?.points.at(-1)?.period;
	if (!d || !period) return null;
	return {
		key: `${DATASET}|${EXPANSION_ADOPTED}`,
		label: 'Medicaid expansion (Affordable Care Act)',
		period: `as of ${formatPeriod(period)}`,
		cells: places.map((pl) => (pl.role === 'state' ? stateCell(p, pl.geo) : countCell(p, pl))),
		note: 'The expansion opened Medicaid to more adults with low incomes.',
		source: d.publisher
	};
}
