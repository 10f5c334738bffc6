/**
 * The table beside a trend chart: one row per period (newest first) and, for
 * each place, its reported value, CDC's predicted value and the percent
 * pending investigation where the dataset has them, and the status in words
 * (a gap says why, a region's gap names the member that has no value). With
 * several places the columns are named by place, so one table serves the
 * chart and every small multiple.
 */
import { inSentence } from '../domain/format';
import { formatPeriod } from '../domain/period';
import type { Point } from '../domain/series';
import { statusText, valueCell } from './point-text';
import type { Column, TableData } from './table-data';

export interface TablePlace {
	name: string;
	reported: readonly Point[];
	predicted?: readonly Point[];
	pending?: readonly Point[];
}

export interface TableOptions {
	/** '12 months ending', 'Period' */
	periodLabel: string;
	/** what a value counts, for a single place's headers: 'deaths', 'deaths per 100,000' */
	word: string;
	/** decimals shown for values */
	digits?: number;
	/** include the predicted / pending columns (for a single place: even when it has none) */
	predicted: boolean;
	pending: boolean;
}

export function trendTable(places: readonly TablePlace[], o: TableOptions): TableData {
	const one = places.length === 1;
	const head = (name: string, what: string) => (one ? what : `${name}, ${inSentence(what)}`);
	const reportedWord = o.predicted ? `Reported ${o.word}` : cap(o.word);
	// with several places and one value each, the place's name is header enough (the caption has the unit)
	const valueHead = (name: string) => (one || o.predicted ? head(name, reportedWord) : name);
	const parts = places.map((p) => {
		const at = (pts?: readonly Point[]) => new Map(pts?.map((x) => [x.period, x]));
		const cols: { column: Column; cell: (period: string) => ReturnType<typeof valueCell> }[] = [];
		const reported = at(p.reported);
		cols.push({
			column: { label: valueHead(p.name), numeric: true, digits: o.digits },
			cell: (k) => valueCell(reported.get(k))
		});
		if (o.predicted && (one || p.predicted)) {
			const predicted = at(p.predicted);
			cols.push({
				column: { label: head(p.name, `Predicted ${o.word}`), numeric: true, digits: o.digits },
				cell: (k) => valueCell(predicted.get(k))
			});
		}
		if (o.pending && (one || p.pending)) {
			const pending = at(p.pending);
			cols.push({
				column: { label: head(p.name, '% pending investigation'), numeric: true, digits: 2 },
				cell: (k) => valueCell(pending.get(k))
			});
		}
		cols.push({
			column: { label: head(p.name, 'Status') },
			cell: (k) => statusText(reported.get(k))
		});
		return cols;
	});
	const periods = [...new Set(places.flatMap((p) => p.reported.map((x) => x.period)))]
		.sort()
		.reverse();
	return {
		columns: [{ label: o.periodLabel }, ...parts.flat().map((c) => c.column)],
		rows: periods.map((period) => ({
			key: period,
			cells: [formatPeriod(period), ...parts.flat().map((c) => c.cell(period))]
		}))
	};
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
