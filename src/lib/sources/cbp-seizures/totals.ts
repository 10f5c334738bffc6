/**
 * Adds CBP's rows up into monthly totals while a file streams by. A row counts
 * toward its area of responsibility, toward its component in its region and
 * toward its component nationwide. Rows that differ only by `Land Filter` add
 * up: the filter sets land ports and Border Patrol apart from the rest, it is
 * not a place. Pounds are summed as the floats CBP writes, never rounded.
 *
 * CBP lists a month only when something was seized, so within the months a
 * file covers, a missing row is a zero, and each series gets every month.
 */
import {
	CBP_REGIONS,
	cbpGeo,
	seizureMeasure,
	type CbpComponent,
	type CbpRegion,
	type SeizedDrug,
	type SeizureUnit
} from '../../domain/cbp';
import { fiscalYearTotals } from '../../domain/fiscal-year';
import { fiscalYearOf, monthRange } from '../../domain/period';
import type { Point, Series } from '../../domain/series';

export interface SeizureRow {
	/** calendar month, 'YYYY-MM' */
	period: string;
	/** the row's fiscal year is CBP's year to date ('2026 (FYTD)') */
	toDate: boolean;
	component: CbpComponent;
	region: CbpRegion;
	/** the area of responsibility's geo id */
	area: string;
	drug: SeizedDrug;
	events: number;
	lbs: number;
}

const UNITS: Record<SeizureUnit, string> = { lbs: 'lbs', events: 'seizure events' };
export const NO_ROW_NOTE = 'CBP lists no seizure in this month: counted as 0.';

export class SeizureTotals {
	private readonly sums = new Map<string, Record<SeizureUnit, number>>();
	/** `drug|geo` of every series the file holds */
	private readonly keys = new Set<string>();
	private readonly toDateYears = new Set<number>();
	/** `drug|component` pairs whose CBP-wide and regional series are already listed */
	private readonly listed = new Set<string>();
	private first = '';
	private last = '';

	add(r: SeizureRow): void {
		if (!this.first || r.period < this.first) this.first = r.period;
		if (r.period > this.last) this.last = r.period;
		if (r.toDate) this.toDateYears.add(fiscalYearOf(r.period));
		this.keys.add(`${r.drug}|${r.area}`);
		// Every region gets the component's series, so a region with no seizure reads 0.
		const pair = `${r.drug}|${r.component}`;
		if (!this.listed.has(pair)) {
			this.listed.add(pair);
			for (const x of [{ id: 'all' as const }, ...CBP_REGIONS])
				this.keys.add(`${r.drug}|${cbpGeo(x.id, r.component)}`);
		}
		for (const geo of [r.area, cbpGeo('all', r.component), cbpGeo(r.region, r.component)]) {
			const k = `${r.drug}|${geo}|${r.period}`;
			const sum = this.sums.get(k);
			if (sum) {
				sum.lbs += r.lbs;
				sum.events += r.events;
			} else this.sums.set(k, { lbs: r.lbs, events: r.events });
		}
	}

	/** The last month the file covers. */
	get release(): string {
		return this.last;
	}

	series(dataset: string): Series[] {
		const months = this.first ? monthRange(this.first, this.last) : [];
		const status = months.map((m) =>
			this.toDateYears.has(fiscalYearOf(m)) ? ('provisional' as const) : ('final' as const)
		);
		const out: Series[] = [];
		for (const key of [...this.keys].sort()) {
			const [drug, geo] = key.split('|') as [SeizedDrug, string];
			const sums = months.map((period) => this.sums.get(`${key}|${period}`));
			for (const unit of ['lbs', 'events'] as const) {
				const points = months.map((period, i): Point => {
					const sum = sums[i];
					return sum
						? { period, value: sum[unit], status: status[i]! }
						: { period, value: 0, status: status[i]!, note: NO_ROW_NOTE };
				});
				const base = { dataset, geo, unit: UNITS[unit] };
				out.push({ ...base, measure: seizureMeasure(drug, unit, 'month'), points });
				out.push({
					...base,
					measure: seizureMeasure(drug, unit, 'fiscal-year'),
					points: fiscalYearTotals(points)
				});
			}
		}
		return out;
	}
}
