/**
 * The lines to chart from what the person picked: their series for one place
 * (as 12-month sums if asked), the site's series beside it (made comparable
 * or left out with the reason), and both as rates per 100,000 if asked and
 * the population is known. Every choice that could not be honoured says why.
 */
import { measure } from '../domain/measures';
import type { Point } from '../domain/series';
import { seriesChoiceKey, seriesLabel } from './choices';
import { alignOverlay, grainOf, isTwelveMonthEnding, twelveMonthSums } from './grain';
import { placeLabel } from './labels';
import type { Places } from './places';
import { packedSeries, unpack, type Loaded } from './loaded';
import { ratePoints, rateUnit, type PopulationIndex } from './rates';
import type { ViewLine } from './view';

export interface OverlayInput extends ViewLine {
	geo: string;
	/** a count, so it can become a rate */
	count: boolean;
}

export interface LineChoices {
	key: string;
	geo: string;
	twelveMonthSums: boolean;
	perCapita: boolean;
	/** null when the site has no population estimates */
	population: PopulationIndex | null;
	overlay: OverlayInput | null;
}

export interface Lines {
	user: ViewLine;
	overlay: ViewLine | null;
	/** why something asked for is not shown */
	notes: string[];
	/** monthly counts that can be added up into 12-month windows */
	canSum: boolean;
	/** counts that can become rates */
	isCount: boolean;
}

function userIsCount(loaded: Loaded, m: string, unit: string): boolean {
	if (loaded.origin.kind === 'mapped') return loaded.origin.mapping.value.kind === 'count';
	return measure(m)?.kind === 'count' && !unit.startsWith('%');
}

function asRate(
	line: ViewLine,
	geo: string,
	population: PopulationIndex,
	notes: string[]
): ViewLine {
	const points = ratePoints(line.points, geo, population);
	if (points) return { ...line, points, unit: rateUnit(line.unit) };
	notes.push(
		`There is no population estimate for ${line.place}, so its line shows ${line.unit}, not a rate.`
	);
	return line;
}

export function chartLines(loaded: Loaded, c: LineChoices, g: Places): Lines | null {
	const packed = packedSeries(loaded).find((x) => seriesChoiceKey(x) === c.key && x.geo === c.geo);
	if (!packed) return null;
	const s = unpack(loaded, packed);
	const notes: string[] = [];
	const isCount = userIsCount(loaded, s.measure, s.unit);
	const canSum = isCount && grainOf(s.points) === 'month' && !isTwelveMonthEnding(s.unit);
	let points: Point[] = s.points;
	let unit = s.unit;
	if (c.twelveMonthSums && canSum) {
		points = twelveMonthSums(s.points);
		unit = `${s.unit} (12-month ending)`;
		if (!points.length)
			notes.push('Your data covers less than 12 months, so there is no 12-month total.');
	}
	let user: ViewLine = { label: seriesLabel(loaded, s), place: placeLabel(g, c.geo), unit, points };
	let overlay: ViewLine | null = null;
	if (c.overlay) {
		const aligned = alignOverlay(grainOf(points), c.overlay);
		if ('reason' in aligned) notes.push(aligned.reason);
		else {
			overlay = { ...c.overlay, points: aligned.points, unit: aligned.unit };
			if (aligned.note) notes.push(aligned.note);
		}
	}
	if (c.perCapita) {
		if (!c.population)
			notes.push(
				'Rates per 100,000 people need the Census Bureau’s population estimates, which this copy of the dashboard does not include: counts are shown.'
			);
		else {
			if (isCount) user = asRate(user, c.geo, c.population, notes);
			if (overlay && c.overlay?.count)
				overlay = asRate(overlay, c.overlay.geo, c.population, notes);
		}
	}
	return { user, overlay, notes, canSum, isCount };
}
