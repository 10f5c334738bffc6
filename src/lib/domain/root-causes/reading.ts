/**
 * Sentences that read a result in plain words and name its limits, made from
 * the numbers so they change with the selection. They say what the data show
 * and what they cannot show; they never say what a state should do.
 */
import { formatNumber } from '../format';
import type { Correlation } from '../stats/correlation';
import type { Difference, GroupMean } from '../stats/group-means';
import type { LagResult } from '../stats/lag';

export const fixed = (x: number, digits = 2) =>
	(Object.is(Math.round(x * 10 ** digits), -0) ? 0 : x).toFixed(digits);

/** Words for the size of a correlation (Cohen's conventional cut-offs). */
export function strength(r: number): 'no clear' | 'a weak' | 'a moderate' | 'a strong' {
	const a = Math.abs(r);
	if (a < 0.1) return 'no clear';
	if (a < 0.3) return 'a weak';
	if (a < 0.5) return 'a moderate';
	return 'a strong';
}

const includesZero = (c: Correlation) =>
	c.low !== null && c.high !== null && c.low <= 0 && c.high >= 0;

export function correlationText(c: Correlation, symbol: 'r' | 'ρ'): string {
	if (!Number.isFinite(c.r)) return `${symbol} cannot be computed`;
	const ci =
		c.low !== null && c.high !== null ? ` (95 % CI ${fixed(c.low)} to ${fixed(c.high)})` : '';
	return `${symbol} = ${fixed(c.r)}${ci}`;
}

export interface CorrelationReading {
	pearson: Correlation;
	spearman: Correlation;
	/** plural noun phrases: 'naloxone dispensing rates', 'synthetic-opioid death rates' */
	x: string;
	y: string;
	/** 'in 2023', 'from 2019 to 2023' */
	when: string;
	/** names of the states left out */
	leftOut: readonly string[];
	/** said when the condition's period differs from the outcome's */
	mismatch?: string;
	/** some values are provisional and expected to rise */
	incomplete?: boolean;
	/** what else differs between the places, for this comparison */
	confounders?: string;
	/** the clause for a clear relation; by default 'states with higher x tended to have higher y' */
	relation?: (positive: boolean) => string;
}

function leftOutText(names: readonly string[]): string {
	if (!names.length) return '';
	const list = names.length <= 6 ? `: ${names.join(', ')}` : '';
	return ` ${names.length} ${names.length === 1 ? 'state is' : 'states are'} left out for gaps in the data${list}.`;
}

export function readCorrelation(o: CorrelationReading): string {
	const n = o.pearson.n;
	const caveats = [
		o.mismatch ? ` ${o.mismatch}` : '',
		o.incomplete ? ' Some counts are provisional and expected to rise.' : '',
		leftOutText(o.leftOut)
	].join('');
	if (n === 0) return `No state has both values ${o.when}.${caveats}`;
	if (n < 4 || !Number.isFinite(o.pearson.r))
		return `With only ${n} ${n === 1 ? 'state' : 'states'} with both values ${o.when}, no interval can be computed and no pattern can be read.${caveats}`;
	const stats = `${correlationText(o.pearson, 'r')}; Spearman ${correlationText(o.spearman, 'ρ')}; n = ${n}`;
	const lead = `Across ${n} states ${o.when}`;
	let finding: string;
	if (includesZero(o.pearson) && includesZero(o.spearman))
		finding = `${lead}, ${o.x} and ${o.y} show no clear relation (${stats}): the intervals include zero.`;
	else {
		const relation =
			o.relation ??
			((up: boolean) =>
				`states with higher ${o.x} tended to have ${up ? 'higher' : 'lower'} ${o.y}`);
		finding = `${lead}, ${relation(o.pearson.r > 0)}: ${strength(o.pearson.r).replace(/^no clear$/, 'a very weak')} relation (${stats}).`;
		if (
			Math.sign(o.pearson.r) !== Math.sign(o.spearman.r) ||
			includesZero(o.spearman) !== includesZero(o.pearson)
		)
			finding += ' The rank correlation ρ tells a different story, so a few states may drive r.';
	}
	const limits = ` This describes states, not people, and does not show that one causes the other${o.confounders ? `: states also differ in ${o.confounders}` : ''}.`;
	return finding + limits + caveats;
}

export interface LagReading {
	lags: readonly LagResult[];
	/** 'CBP fentanyl seizures at the Southwest border' */
	a: string;
	b: string;
	/** months left out because the source marks them incomplete */
	incompleteMonths: number;
}

export function readLag(o: LagReading): string {
	const valid = o.lags.filter((l) => Number.isFinite(l.r));
	if (!valid.length) return 'The two series do not overlap long enough to compare their changes.';
	const best = valid.reduce((m, l) => (Math.abs(l.r) > Math.abs(m.r) ? l : m));
	const when =
		best.lag === 0
			? 'in the same month'
			: best.lag > 0
				? `when changes in ${o.a} are set ${best.lag} month${best.lag === 1 ? '' : 's'} before changes in ${o.b}`
				: `when changes in ${o.b} are set ${-best.lag} month${best.lag === -1 ? '' : 's'} before changes in ${o.a}`;
	const outside = Math.abs(best.r) > best.bound;
	const band = outside
		? `outside the ±${fixed(best.bound)} band drawn for unrelated series`
		: `inside the ±${fixed(best.bound)} band drawn for unrelated series, so it is no stronger than chance would often give`;
	const dropped = o.incompleteMonths
		? ` ${o.incompleteMonths} recent month${o.incompleteMonths === 1 ? ' is' : 's are'} left out because the source marks them incomplete.`
		: '';
	return (
		`The year-over-year changes of the two series line up most closely ${when} (r = ${fixed(best.r)}, ${best.n} months), ${band}. ` +
		'Year-over-year changes move slowly, so neighbouring months are not independent and the real band is wider: a bar just past it is weak evidence. ' +
		'A lead or lag shows timing, not cause: both series respond to other things, such as the drug supply, enforcement effort and reporting, and seizures measure enforcement activity and detection, not the amount of drugs that got through.' +
		dropped
	);
}

export interface GroupSide {
	label: string;
	mean: GroupMean;
}

const meanText = (g: GroupSide) =>
	`${formatNumber(g.mean.mean)} ` +
	(g.mean.low !== null && g.mean.high !== null
		? `(95 % CI ${formatNumber(g.mean.low)} to ${formatNumber(g.mean.high)}; ${g.mean.n} states)`
		: `(${g.mean.n} ${g.mean.n === 1 ? 'state' : 'states'}, too few for an interval)`) +
	` for “${g.label}”`;

const diffText = (d: Difference | null) =>
	d && d.low !== null && d.high !== null
		? `${formatNumber(d.difference)} (95 % CI ${formatNumber(d.low)} to ${formatNumber(d.high)})`
		: null;

export function readGroups(o: {
	year: string;
	unit: string;
	sides: readonly GroupSide[];
	/** two groups compared (their labels), in `year` and in the first year shown */
	compared?: readonly [string, string];
	difference: Difference | null;
	baseline?: { year: string; difference: Difference | null };
}): string {
	if (!o.sides.length) return `No group has a value in ${o.year}.`;
	const head = `In ${o.year}, the mean rate was ${o.sides.map(meanText).join(', ')} (${o.unit}).`;
	const now = diffText(o.difference);
	const then = o.baseline ? diffText(o.baseline.difference) : null;
	const gap = now
		? ` The difference between “${o.compared?.[0] ?? o.sides[0]!.label}” and “${o.compared?.[1] ?? o.sides[1]?.label ?? ''}” is ${now}${then ? `; in ${o.baseline!.year} it was ${then}` : ''}.`
		: '';
	return (
		head +
		gap +
		' Each state counts once, whatever its size. The groups differ in more than Medicaid (region, when fentanyl reached them, other policies), and states chose when to expand, so a gap between them is not the effect of expansion.'
	);
}
