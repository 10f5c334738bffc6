/** How places and periods of a user's data read on screen. */
import { geoName, type Geography } from '../domain/geo';
import { formatPeriod } from '../domain/period';
import type { Places } from './places';

/**
 * 'OH' -> 'Ohio'; '39049' -> 'Franklin County, Ohio' when the county names are
 * loaded, else 'county 39049 (Ohio)'.
 */
export function placeLabel(g: Places, geo: string): string {
	const county = g.counties?.byFips.get(geo);
	if (county) return g.counties!.label(county);
	if (/^\d{5}$/.test(geo)) {
		const state = g.byFips.get(geo.slice(0, 2));
		return `county ${geo}${state ? ` (${state.name})` : ''}`;
	}
	return geoName(g, geo);
}

/** The state a place lies in: itself for a state, the state of a county. */
export function stateOf(g: Geography, geo: string): string | undefined {
	if (/^\d{5}$/.test(geo)) return g.byFips.get(geo.slice(0, 2))?.code;
	return geo;
}

export function periodLabel(period: string, twelveMonth: boolean): string {
	return twelveMonth ? `12 months ending ${formatPeriod(period)}` : formatPeriod(period);
}
