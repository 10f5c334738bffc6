/**
 * The overview's headline figures: the latest 12-month-ending count for a
 * place, its change from the same period a year earlier (never from the month
 * before: consecutive periods share eleven months), and how provisional it is.
 */
import { latestValued, yearOverYear, type Change } from './change';
import { formatCount, formatNumber, formatPercent } from './format';
import { formatPeriod } from './period';
import { plotted, type Point } from './series';

export interface Headline {
	period: string;
	value: number;
	change: Change | null;
	/** CDC's count adjusted for reports still to come, at the same period */
	predicted: { value: number; change: Change | null } | null;
	/** percent of the deaths still pending investigation when the data were published */
	pending: number | null;
	/** the source marks the count as underreported (investigations pending) */
	incomplete: boolean;
}

export interface HeadlineInput {
	reported: readonly Point[];
	predicted?: readonly Point[];
	pending?: readonly Point[];
}

export function headline(input: HeadlineInput): Headline | null {
	const last = latestValued(input.reported);
	if (!last || last.value === null) return null;
	const period = last.period;
	const predictedPoint = input.predicted?.find((p) => p.period === period);
	const predictedValue = predictedPoint ? plotted(predictedPoint) : null;
	const pendingPoint = input.pending?.find((p) => p.period === period);
	return {
		period,
		value: last.value,
		change: yearOverYear(input.reported, period),
		predicted:
			predictedValue === null
				? null
				: { value: predictedValue, change: yearOverYear(input.predicted!, period) },
		pending: pendingPoint ? plotted(pendingPoint) : null,
		incomplete: Boolean(last.incomplete)
	};
}

/** "Down 21.7 % from 47,030 in the 12 months ending January 2025" */
export function changeWords(change: Change | null): string {
	if (!change) return 'No count for the same period a year earlier to compare';
	const before = `${formatCount(change.previous)} in the 12 months ending ${formatPeriod(change.previousPeriod)}`;
	if (change.percent === null || Math.abs(change.percent) < 0.05)
		return `About the same as ${before}`;
	const direction = change.percent < 0 ? 'Down' : 'Up';
	return `${direction} ${formatPercent(Math.abs(change.percent))} from ${before}`;
}

/** "down 20.5 %" (lower case, for the middle of a sentence), or '' without a change. */
function shortChange(change: Change | null): string {
	if (!change || change.percent === null) return '';
	if (Math.abs(change.percent) < 0.05) return 'about the same as a year earlier';
	return `${change.percent < 0 ? 'down' : 'up'} ${formatPercent(Math.abs(change.percent))}`;
}

/** How provisional the figure is, in one or two plain sentences; null for final counts. */
export function provisionalWords(h: Headline): string | null {
	const parts: string[] = [];
	if (h.incomplete)
		parts.push('Provisional and underreported: some deaths are still being investigated.');
	else if (h.pending !== null) parts.push('Provisional.');
	if (h.pending !== null)
		parts.push(
			`${formatNumber(h.pending, 2)} % of these deaths were still pending investigation when CDC published them.`
		);
	if (h.predicted && h.predicted.value !== h.value) {
		const change = shortChange(h.predicted.change);
		parts.push(
			`CDC’s predicted count, which allows for reports still to come, is ${formatCount(h.predicted.value)}${change ? ` (${change})` : ''}.`
		);
	}
	return parts.length ? parts.join(' ') : null;
}

/**
 * Which releases the headline figures come from, in words. Measures can come
 * from different releases (a build may hold a newer file for one drug than
 * for all drugs); the sentence then says the periods differ.
 */
export function releaseWords(items: readonly { what: string; release: string }[]): string {
	const releases = [...new Set(items.map((i) => i.release))].sort().reverse();
	const revised = 'CDC revises these provisional counts with every monthly release.';
	if (releases.length <= 1)
		return `From CDC’s provisional counts, data through ${formatPeriod(releases[0] ?? '')}. ${revised}`;
	const parts = releases.map(
		(r) =>
			`through ${formatPeriod(r)} for ${items
				.filter((i) => i.release === r)
				.map((i) => i.what)
				.join(' and ')}`
	);
	return `From CDC’s provisional counts: the newest data in this build run ${parts.join(', and ')}, so these figures cover different 12-month periods. ${revised}`;
}
