/**
 * View models of the root-cause page: from the loaded slices and the URL
 * parameters to what each chart, table and sentence shows. The numbers come
 * from the tested domain modules; these functions only put them together.
 */
import type { TableData } from '$lib/charts/table-data';
import { condition, outcome, type OutcomeId } from '$lib/domain/root-causes/catalogue';
import {
	changeBetween,
	pairStates,
	pointAt,
	type ByState,
	type Paired,
	type Place
} from '$lib/domain/root-causes/cross-section';
import { matchPeriod } from '$lib/domain/root-causes/period-match';
import { readCorrelation } from '$lib/domain/root-causes/reading';
import { plotted, type Point } from '$lib/domain/series';
import {
	leastSquares,
	pearson,
	spearman,
	type Correlation,
	type Line
} from '$lib/domain/stats/correlation';
import type { Params } from '$lib/state/root-causes-params';

export interface PageSlices {
	places: Place[];
	population: ByState;
	outcomes: Record<OutcomeId, { counts: ByState; rates: ByState }>;
	conditions: Record<string, ByState>;
}

export interface ScatterModel {
	paired: Paired;
	pearson: Correlation;
	spearman: Correlation;
	line: Line | null;
	summary: string;
	table: TableData;
	xLabel: string;
	yLabel: string;
	/** the condition's period used, and whether it matches */
	xPeriod: string | null;
	mismatch?: string;
}

const periodsOf = (by: ByState) =>
	[...new Set(Object.values(by).flatMap((ps) => ps.map((p) => p.period)))].sort();

function fit(paired: Paired) {
	const pairs = paired.rows.map((r) => ({ x: r.left ? null : r.x, y: r.left ? null : r.y }));
	return { pearson: pearson(pairs), spearman: spearman(pairs), line: leastSquares(pairs) };
}

const conditionPoint = (by: ByState, geo: string, period: string | null) =>
	period ? pointAt(by[geo], period) : undefined;

export function acrossStates(d: PageSlices, p: Params): ScatterModel {
	const out = outcome(p.o)!;
	const cond = condition(p.x)!;
	const by = d.conditions[cond.id] ?? {};
	const year = String(p.y);
	const match = matchPeriod(periodsOf(by), p.y);
	const xPeriod = match?.period ?? null;
	const paired = pairStates(
		d.places,
		(g) => conditionPoint(by, g, xPeriod),
		(g) => pointAt(d.outcomes[p.o].rates[g], year),
		{ x: cond.label.split(' (')[0]!.split(',')[0]!, y: `${out.short}` }
	);
	const stats = fit(paired);
	const mismatch =
		match && !match.exact
			? `The ${cond.phrase} are from ${xPeriod?.replace('-', '–')}, not ${year}: no closer year is published.`
			: undefined;
	const summary = readCorrelation({
		...stats,
		x: cond.phrase,
		y: out.phrase,
		when: `in ${year}`,
		leftOut: paired.excluded.map((r) => r.name),
		mismatch,
		incomplete: paired.included.some((r) => r.incomplete),
		confounders: cond.limit
	});
	const cell = (pt: Point | undefined) => (pt ? plotted(pt) : null);
	const table: TableData = {
		columns: [
			{ label: 'State' },
			{ label: `Deaths, ${year}`, numeric: true },
			{ label: `Population, ${year}`, numeric: true },
			{ label: `${out.short} per 100,000, ${year}`, numeric: true, digits: 2 },
			{
				label: `${cond.label}${xPeriod ? ` [${xPeriod}]` : ''}`,
				numeric: true,
				digits: cond.digits
			},
			{ label: 'In the fit' }
		],
		rows: paired.rows.map((r) => ({
			key: r.geo,
			cells: [
				r.name,
				cell(pointAt(d.outcomes[p.o].counts[r.geo], year)),
				cell(pointAt(d.population[r.geo], year) ?? pointAt(d.population[r.geo], '2024')),
				r.y,
				r.x,
				r.left ? `No: ${r.left}` : r.incomplete ? 'Yes (provisional)' : 'Yes'
			]
		}))
	};
	return {
		paired,
		...stats,
		summary,
		table,
		xLabel: cond.label,
		yLabel: `${out.short} per 100,000`,
		xPeriod,
		mismatch
	};
}

export function changeAgainst(d: PageSlices, p: Params): ScatterModel {
	const out = outcome(p.o)!;
	const cond = condition(p.x)!;
	const by = d.conditions[cond.id] ?? {};
	const from = String(Math.min(p.from, p.to));
	const to = String(Math.max(p.from, p.to));
	const periods = periodsOf(by);
	const a = matchPeriod(periods, Number(from));
	const b = matchPeriod(periods, Number(to));
	const canChange = !!a && !!b && a.period !== b.period;
	const mode = p.cx === 'change' && canChange ? 'change' : 'level';
	const xOf = (g: string) =>
		mode === 'change'
			? changeBetween(by[g], a!.period, b!.period)
			: conditionPoint(by, g, a?.period ?? null);
	const xName =
		mode === 'change'
			? `Change in ${cond.phrase}, ${a!.period} to ${b!.period}`
			: `${cond.label} [${a?.period ?? '—'}]`;
	const yName = `Change in ${out.short.toLowerCase()} per 100,000, ${from} to ${to}`;
	const paired = pairStates(
		d.places,
		xOf,
		(g) => changeBetween(d.outcomes[p.o].rates[g], from, to),
		{
			x: mode === 'change' ? `change in ${cond.phrase}` : cond.phrase,
			y: `change in ${out.phrase}`
		}
	);
	const stats = fit(paired);
	const note =
		p.cx === 'change' && !canChange
			? ` The ${cond.phrase} are published for one period only, so the chart uses their level instead of a change.`
			: '';
	const mismatch =
		mode === 'level' && a && !a.exact
			? `The ${cond.phrase} are from ${a.period.replace('-', '–')}, not ${from}.${note}`
			: note.trim() || undefined;
	const xWords = mode === 'change' ? `larger rises in ${cond.phrase}` : `higher ${cond.phrase}`;
	const summary = readCorrelation({
		...stats,
		x: mode === 'change' ? `changes in ${cond.phrase}` : cond.phrase,
		y: `changes in ${out.phrase}`,
		when: `between ${from} and ${to}`,
		leftOut: paired.excluded.map((r) => r.name),
		mismatch,
		incomplete: paired.included.some((r) => r.incomplete),
		confounders: `${cond.limit}; and a change depends on where a state started`,
		relation: (up) =>
			`states with ${xWords} tended to see ${out.phrase} ${up ? 'rise more (or fall less)' : 'rise less (or fall more)'}`
	});
	const table: TableData = {
		columns: [
			{ label: 'State' },
			{ label: `${out.short} per 100,000, ${from}`, numeric: true, digits: 2 },
			{ label: `${out.short} per 100,000, ${to}`, numeric: true, digits: 2 },
			{ label: 'Change', numeric: true, digits: 2 },
			{ label: xName, numeric: true, digits: cond.digits },
			{ label: 'In the fit' }
		],
		rows: paired.rows.map((r) => ({
			key: r.geo,
			cells: [
				r.name,
				(() => {
					const q = pointAt(d.outcomes[p.o].rates[r.geo], from);
					return q ? plotted(q) : null;
				})(),
				(() => {
					const q = pointAt(d.outcomes[p.o].rates[r.geo], to);
					return q ? plotted(q) : null;
				})(),
				r.y,
				r.x,
				r.left ? `No: ${r.left}` : r.incomplete ? 'Yes (provisional)' : 'Yes'
			]
		}))
	};
	return {
		paired,
		...stats,
		summary,
		table,
		xLabel: xName,
		yLabel: yName,
		xPeriod: a?.period ?? null,
		mismatch
	};
}
