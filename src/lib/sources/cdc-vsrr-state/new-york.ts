/**
 * CDC reports New York City (YC) apart from the rest of New York State. The
 * state as a whole (NY, as every other dataset means it) is their sum.
 */
import { NY_EXCL_NYC } from '../../domain/geo';
import { seriesKey, type Series } from '../../domain/series';
import { sumMembers } from '../../domain/sum';

const NOTE =
	'New York State = New York City + the rest of the state, as CDC reports them separately.';

export function addNewYorkState(series: Series[]): Series[] {
	const byKey = new Map(series.map((s) => [seriesKey(s), s]));
	const added: Series[] = [];
	for (const rest of series) {
		if (rest.geo !== NY_EXCL_NYC || rest.unit.startsWith('%')) continue;
		const city = byKey.get(seriesKey({ ...rest, geo: 'YC' }));
		if (!city) continue;
		const points = sumMembers([
			{ geo: 'New York City', points: city.points },
			{ geo: 'the rest of New York State', points: rest.points }
		]).map((p) => ({ ...p, note: p.note ? `${NOTE} ${p.note}` : NOTE }));
		added.push({ ...rest, geo: 'NY', points });
	}
	return [...series, ...added];
}
