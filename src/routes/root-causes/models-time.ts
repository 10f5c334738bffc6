/**
 * View models over time: the lag between two monthly US series, the Medicaid
 * expansion groups' trajectories, and the policy timeline.
 */
import { compareText } from '$lib/domain/text-order';
import type { MarkedEvent } from '$lib/charts/event-annotations';
import type { AdoptionDate, GroupLine } from '$lib/charts/group-config';
import type { TableData } from '$lib/charts/table-data';
import { numbered, POLICY_EVENTS } from '$lib/data/events';
import { medicaidEvents, type PolicyEvent } from '$lib/domain/events';
import type { Adoption } from '$lib/domain/medicaid-expansion';
import { outcome, type OutcomeId } from '$lib/domain/root-causes/catalogue';
import type { ByState, Place } from '$lib/domain/root-causes/cross-section';
import {
	differenceAt,
	expansionGroups,
	groupLabel,
	trajectories,
	type GroupId
} from '$lib/domain/root-causes/medicaid-groups';
import { readGroups, readLag } from '$lib/domain/root-causes/reading';
import { formatPeriod } from '$lib/domain/period';
import type { Point } from '$lib/domain/series';
import { crossCorrelation, yoyPercent, type LagResult } from '$lib/domain/stats/lag';
import type { Params } from '$lib/state/root-causes-params';

export const SEIZURE_WORDS = {
	southwest: 'CBP fentanyl seizures at the Southwest border (pounds)',
	'southwest-ofo': 'CBP fentanyl seizures at Southwest border ports of entry (pounds)',
	all: 'CBP fentanyl seizures, all regions (pounds)',
	northern: 'CBP fentanyl seizures at the Northern border (pounds)'
} as const;

export interface LagModel {
	lags: LagResult[];
	yoyA: Map<string, number>;
	yoyB: Map<string, number>;
	months: string[];
	a: string;
	b: string;
	incompleteMonths: number;
	summary: string;
	lagTable: TableData;
	yoyTable: TableData;
}

export function lagModel(
	seizures: Record<string, Point[]>,
	usMonthly: Record<OutcomeId, Point[]>,
	p: Params
): LagModel {
	const a = SEIZURE_WORDS[p.a];
	const b = `US ${outcome(p.b)!.phrase.replace(' rates', 's')} (12-month counts)`;
	const deaths = usMonthly[p.b] ?? [];
	const complete = deaths.filter((pt) => !pt.incomplete);
	const yoyA = yoyPercent(seizures[p.a] ?? []);
	const yoyB = yoyPercent(complete);
	const lags = crossCorrelation(yoyA, yoyB, 12);
	const months = [...new Set([...yoyA.keys(), ...yoyB.keys()])].sort();
	const round = (x: number | undefined) => (x === undefined ? null : Math.round(x * 100) / 100);
	return {
		lags,
		yoyA,
		yoyB,
		months,
		a,
		b,
		incompleteMonths: deaths.length - complete.length,
		summary: readLag({
			lags,
			a: 'seizures',
			b: 'deaths',
			incompleteMonths: deaths.length - complete.length
		}),
		lagTable: {
			columns: [
				{ label: 'Lag (months; positive: seizures first)' },
				{ label: 'Correlation r', numeric: true, digits: 2 },
				{ label: 'Months compared (n)', numeric: true },
				{ label: '± band (1.96/√n)', numeric: true, digits: 2 }
			],
			rows: lags.map((l) => ({
				key: String(l.lag),
				cells: [
					l.lag > 0 ? `+${l.lag}` : String(l.lag),
					Number.isFinite(l.r) ? Math.round(l.r * 1000) / 1000 : null,
					l.n,
					Number.isFinite(l.bound) ? Math.round(l.bound * 1000) / 1000 : null
				]
			}))
		},
		yoyTable: {
			columns: [
				{ label: 'Month' },
				{ label: 'Seizures: change from a year earlier (%)', numeric: true, digits: 1 },
				{ label: 'Deaths: change from a year earlier (%)', numeric: true, digits: 1 }
			],
			rows: [...months].reverse().map((m) => ({
				key: m,
				cells: [formatPeriod(m), round(yoyA.get(m)), round(yoyB.get(m))]
			}))
		}
	};
}

/** The YoY maps as points for the trend chart. */
export const asPoints = (m: Map<string, number>): Point[] =>
	[...m].map(([period, value]) => ({
		period,
		value: Math.round(value * 100) / 100,
		status: 'final'
	}));

const GROUP_STYLE: Record<GroupId, { color: string; band: string; dash?: number[] }> = {
	by: { color: '#1f4e79', band: 'rgba(31, 78, 121, 0.15)' },
	after: { color: '#117733', band: 'rgba(17, 119, 51, 0.12)', dash: [2, 3] },
	never: { color: '#a4481a', band: 'rgba(164, 72, 26, 0.15)', dash: [6, 3] }
};

export function medicaidModel(o: {
	rates: ByState;
	adoptions: Adoption[];
	asOf: string;
	year: number;
	unit: string;
}) {
	const periods = [...new Set(Object.values(o.rates).flatMap((ps) => ps.map((p) => p.period)))]
		.filter((p) => /^\d{4}$/.test(p))
		.sort();
	const groups = expansionGroups(o.adoptions, o.year);
	const traj = trajectories(o.rates, groups, periods);
	const lines: GroupLine[] = traj.map((t) => ({
		label: `${groupLabel(t.group, o.year, o.asOf)} (${t.members.length} states)`,
		...GROUP_STYLE[t.group],
		means: t.means
	}));
	const valued = (i: number) => traj.some((t) => (t.means[i]?.n ?? 0) > 0);
	// read the latest year whose counts are settled (provisional, still-rising years are shown, not read)
	const settled = (i: number) =>
		!Object.values(o.rates).some((ps) => ps.some((p) => p.period === periods[i] && p.incomplete));
	const lastValued = periods.findLastIndex((_, i) => valued(i));
	const lastSettled = periods.findLastIndex((_, i) => valued(i) && settled(i));
	const last = lastSettled >= 0 ? lastSettled : lastValued;
	const first = periods.findIndex((_, i) => valued(i));
	const by = traj.find((t) => t.group === 'by');
	const never = traj.find((t) => t.group === 'never');
	const summary =
		last < 0
			? 'No state has a value in these years.'
			: readGroups({
					year: periods[last]!,
					unit: o.unit,
					sides: traj.map((t) => ({
						label: groupLabel(t.group, o.year, o.asOf),
						mean: t.means[last]!
					})),
					...(by && never
						? {
								compared: [
									groupLabel('by', o.year, o.asOf),
									groupLabel('never', o.year, o.asOf)
								] as const
							}
						: {}),
					difference: by && never ? differenceAt(by, never, last) : null,
					...(by && never && first < last
						? { baseline: { year: periods[first]!, difference: differenceAt(by, never, first) } }
						: {})
				});
	const byDate = new Map<string, string[]>();
	for (const a of o.adoptions)
		if (a.status === 'in-effect' && a.date)
			byDate.set(a.date, [...(byDate.get(a.date) ?? []), a.geo]);
	const adoptionDates: AdoptionDate[] = [...byDate]
		.sort(([x], [y]) => compareText(x, y))
		.map(([date, states]) => ({ date, states }));
	const table: TableData = {
		columns: [
			{ label: 'Year' },
			...traj.flatMap((t) => {
				const name = groupLabel(t.group, o.year, o.asOf);
				return [
					{ label: `${name}: mean`, numeric: true, digits: 2 },
					{ label: `${name}: 95 % CI low`, numeric: true, digits: 2 },
					{ label: `${name}: 95 % CI high`, numeric: true, digits: 2 },
					{ label: `${name}: states (n)`, numeric: true },
					{ label: `${name}: left out`, numeric: true }
				];
			})
		],
		rows: periods.map((year, i) => ({
			key: year,
			cells: [
				year,
				...traj.flatMap((t) => {
					const m = t.means[i]!;
					const r = (x: number | null) =>
						x === null || !Number.isFinite(x) ? null : Math.round(x * 1000) / 1000;
					return [r(m.mean), r(m.low), r(m.high), m.n, m.excluded];
				})
			]
		}))
	};
	return { periods, lines, summary, adoptionDates, table, members: traj };
}

export type NumberedEvent = PolicyEvent & { n: number };

export function timeline(
	adoptions: Adoption[],
	places: Place[],
	kff: { url: string; asOf: string }
) {
	const name = (g: string) => places.find((p) => p.code === g)?.name ?? g;
	return numbered([...POLICY_EVENTS, ...medicaidEvents(adoptions, name, kff)]);
}

export const marked = (events: readonly NumberedEvent[]): MarkedEvent[] =>
	events.map((e) => ({ n: e.n, date: e.date, category: e.category, title: e.title }));
