/**
 * Sentences made from CBP's numbers: what the seizure chart shows (the latest
 * whole period and the change from a year earlier), and how much of the
 * fentanyl CBP seized by weight was seized at ports of entry.
 */
import { yearOverYear } from './change';
import { fiscalYearSpan } from './fiscal-year';
import { formatCount, formatNumber, formatPercent } from './format';
import { formatPeriod } from './period';
import { plotted, type Point } from './series';
import type { SeizureUnit } from './cbp';

/** 'FY2025' -> 'FY2025 (October 2024 – September 2025)'; '2025-03' -> 'March 2025'; '2025' as is. */
export function periodWords(period: string): string {
	return period.startsWith('FY') ? `${period} (${fiscalYearSpan(period)})` : formatPeriod(period);
}

/** The latest period with a value that covers its whole length. */
export function latestWhole(points: readonly Point[]): Point | undefined {
	return [...points].reverse().find((p) => plotted(p) !== null && !p.incomplete);
}

/** '12,972 pounds' or '1,204 seizures' (pounds keep one decimal below 10). */
export function amountWords(value: number, unit: SeizureUnit): string {
	if (unit === 'events') return `${formatCount(value)} ${value === 1 ? 'seizure' : 'seizures'}`;
	const n = value < 10 ? formatNumber(value, 1) : formatCount(value);
	return `${n} ${n === '1' ? 'pound' : 'pounds'}`;
}

export function seizureSummary(o: {
	points: readonly Point[] | null;
	unit: SeizureUnit;
	drug: string;
	where: string;
}): string {
	if (!o.points) return `CBP publishes no total of ${o.drug} seizures ${o.where}.`;
	const last = latestWhole(o.points);
	if (!last) return `CBP's files have no whole period of ${o.drug} seizures ${o.where}.`;
	const verb = o.unit === 'lbs' ? 'CBP seized' : 'CBP made';
	const head = `In ${periodWords(last.period)}, ${verb} ${amountWords(last.value!, o.unit)} of ${o.drug} ${o.where}`;
	const change = yearOverYear(o.points, last.period);
	const after = o.points.filter((p) => p.period > last.period && p.value !== null);
	const tail = after.length
		? ` The figures after ${formatPeriod(last.period)} are not complete yet.`
		: '';
	if (!change) return `${head}.${tail}`;
	const versus = `${formatPeriod(change.previousPeriod)} (${amountWords(change.previous, o.unit)})`;
	const before = formatPeriod(change.previousPeriod);
	if (change.percent === null)
		return `${head}, ${change.value === 0 ? 'as' : 'up from none'} in ${before}.${tail}`;
	if (Math.abs(change.percent) < 0.5) return `${head}, about the same as in ${versus}.${tail}`;
	const direction = change.percent < 0 ? 'down' : 'up';
	return `${head}, ${direction} ${formatPercent(Math.abs(change.percent))} from ${versus}.${tail}`;
}

/**
 * 'In FY2025, 10,340 of the 12,972 pounds of fentanyl CBP seized across CBP
 * (80 %) were seized at ports of entry.' — from fiscal-year totals, for the
 * latest year both have whole.
 */
export function portsShareSentence(o: {
	ports: readonly Point[];
	total: readonly Point[];
	drug: string;
	where: string;
}): string | null {
	const ports = new Map(o.ports.map((p) => [p.period, p]));
	const year = [...o.total].reverse().find((t) => {
		const p = ports.get(t.period);
		return latestWhole([t]) && p && latestWhole([p]) && t.value! > 0;
	});
	if (!year) return null;
	const atPorts = ports.get(year.period)!.value!;
	const share = formatPercent((atPorts / year.value!) * 100);
	return `In ${year.period}, ${formatCount(atPorts)} of the ${amountWords(year.value!, 'lbs')} of ${o.drug} CBP seized ${o.where} (${share}) were seized at ports of entry.`;
}
