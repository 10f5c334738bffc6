/**
 * One plain-language sentence that says what a death-count chart shows, made
 * from the data: the latest 12-month count and its change from a year earlier.
 */
import { latestValued, yearOverYear } from './change';
import { formatCount, formatPercent } from './format';
import { formatPeriod } from './period';
import type { Point } from './series';

export function deathCountSummary(o: {
	place: string;
	diedOf: string;
	points: readonly Point[];
}): string {
	const last = latestValued(o.points);
	if (!last || last.value === null) return `There is no published count for ${o.place}.`;
	const people = last.value === 1 ? 'person' : 'people';
	const head = `In the 12 months ending ${formatPeriod(last.period)}, ${formatCount(last.value)} ${people} in ${o.place} died of ${o.diedOf}`;
	const change = yearOverYear(o.points, last.period);
	const caveat = last.incomplete
		? ' This recent count is provisional and expected to rise as investigations finish.'
		: '';
	if (!change)
		return `${head}; there is no count for the same period a year earlier to compare.${caveat}`;
	const versus = `the 12 months ending ${formatPeriod(change.previousPeriod)} (${formatCount(change.previous)})`;
	if (change.percent === null || Math.abs(change.percent) < 0.05)
		return `${head}, about the same as in ${versus}.${caveat}`;
	const direction = change.percent < 0 ? 'down' : 'up';
	return `${head}, ${direction} ${formatPercent(Math.abs(change.percent))} from ${versus}.${caveat}`;
}
