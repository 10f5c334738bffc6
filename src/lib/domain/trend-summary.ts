/**
 * The sentence above a trend chart, made from the numbers shown: the latest
 * value of each place and its change from the same period a year earlier
 * (12-month-ending periods overlap, so never from the month before).
 */
import { latestValued, yearOverYear } from './change';
import { formatNumber, formatPercent, inSentence } from './format';
import { formatPeriod } from './period';
import type { Point } from './series';
import { deathCountSummary } from './summary';

export interface SummaryPlace {
	name: string;
	/** the place's points up to the end of the range shown */
	points: readonly Point[];
}

export interface SummaryOptions {
	/** 'Overdose deaths involving cocaine' */
	label: string;
	/** finishes "… died of": set for deaths */
	diedOf?: string;
	/** periods are 12-month-ending months */
	twelveMonth: boolean;
	/** values are crude rates per 100,000 people */
	rate: boolean;
	/** decimals for a value the agency published as a rate or a share (counts have none) */
	digits?: number;
}

const the = (name: string) => (name === 'United States' ? 'the United States' : name);

export function trendSummary(places: readonly SummaryPlace[], o: SummaryOptions): string {
	if (!places.length) return 'No place is chosen.';
	const one = places.length === 1 ? places[0]! : null;
	if (one && o.diedOf && o.twelveMonth && !o.rate)
		return deathCountSummary({ place: the(one.name), diedOf: o.diedOf, points: one.points });
	const when = (period: string) =>
		o.twelveMonth ? `the 12 months ending ${formatPeriod(period)}` : formatPeriod(period);
	const value = (v: number) =>
		o.rate ? `${formatNumber(v, 1)} per 100,000 people` : formatNumber(v, o.digits ?? 0);
	const latest = places.map((p) => latestValued(p.points));
	const periods = new Set(latest.flatMap((p) => (p ? [p.period] : [])));
	const shared = periods.size === 1 ? [...periods][0]! : null;
	const clauses = places.map((p, i) => {
		const last = latest[i];
		if (!last || last.value === null) return `${p.name}: no value`;
		const at = shared ? '' : ` in ${when(last.period)}`;
		return `${p.name} ${value(last.value)}${at}${changeWords(p.points, last.period)}`;
	});
	const head = shared ? `In ${when(shared)}, ${inSentence(o.label)}` : o.label;
	const crude = o.rate ? ' (crude rates)' : '';
	return `${head}${crude}: ${clauses.join('; ')}.`;
}

function changeWords(points: readonly Point[], period: string): string {
	const c = yearOverYear(points, period);
	if (!c) return ', no value a year earlier to compare';
	if (c.percent === null || Math.abs(c.percent) < 0.05) return ', about the same as a year earlier';
	return `, ${c.percent < 0 ? 'down' : 'up'} ${formatPercent(Math.abs(c.percent))} from a year earlier`;
}
