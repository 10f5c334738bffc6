/**
 * The table beside a state map: every place's count for the period shown,
 * the same period a year earlier, the change in deaths and in percent, the
 * crude rate when population is known, and the status in words. A gap is a
 * gap (a dash in the table, an empty CSV cell), never 0.
 */
import { compareText } from '../domain/text-order';
import type { Change } from '../domain/change';
import type { Geography } from '../domain/geo';
import type { Point } from '../domain/series';
import type { MapDatum } from '../maps/map-data';
import { formatPeriod, yearEarlier } from '../domain/period';
import type { PlaceSnapshot } from '../domain/snapshot';
import { statusText, valueCell } from './point-text';
import type { Column, TableData } from './table-data';

const percentCell = (c: Change | null) =>
	c && c.percent !== null ? Math.round(c.percent * 10) / 10 : null;

export function mapTable(o: {
	places: readonly PlaceSnapshot[];
	period: string;
	/** the column for the first cell: 'State' */
	place: string;
	withRate: boolean;
}): TableData {
	const now = formatPeriod(o.period);
	const before = formatPeriod(yearEarlier(o.period));
	const columns: Column[] = [
		{ label: o.place },
		{ label: `Deaths, 12 months ending ${now}`, numeric: true },
		{ label: `Deaths, 12 months ending ${before}`, numeric: true },
		{ label: 'Change in deaths', numeric: true },
		{ label: 'Change (%)', numeric: true, digits: 1 },
		...(o.withRate
			? [{ label: `Deaths per 100,000 people (crude rate), ${now}`, numeric: true, digits: 1 }]
			: []),
		{ label: 'Status' }
	];
	const rows = [...o.places]
		.sort((a, b) => compareText(a.name, b.name))
		.map((p) => ({
			key: p.geo,
			cells: [
				p.name,
				valueCell(p.count),
				valueCell(p.previous),
				p.change ? p.change.value - p.change.previous : null,
				percentCell(p.change),
				...(o.withRate ? [valueCell(p.rate)] : []),
				p.count ? statusText(p.count) : 'No data for this place'
			]
		}));
	return { columns, rows };
}

/** The table beside a county map: every county's value with its state and FIPS code, and why a value is missing. */
export function countyTable(o: {
	data: readonly MapDatum[];
	period: string;
	/** the value column: 'Deaths per 100,000 people (crude rate)' */
	label: string;
	digits: number;
	geography: Geography;
	points: ReadonlyMap<string, Point | undefined>;
	/** the status of a county without a value, in the source's terms */
	gap: string;
}): TableData {
	const state = (fips: string) => o.geography.byFips.get(fips.slice(0, 2))?.code ?? '';
	return {
		columns: [
			{ label: 'County' },
			{ label: 'State' },
			{ label: 'FIPS code' },
			{
				label: `${o.label}, 12 months ending ${formatPeriod(o.period)}`,
				numeric: true,
				digits: o.digits
			},
			{ label: 'Status' }
		],
		rows: [...o.data]
			.sort((a, b) => compareText(a.id, b.id))
			.map((d) => ({
				key: d.id,
				cells: [
					d.name.replace(/, [A-Z]{2}$/, ''),
					state(d.id),
					d.id,
					d.value,
					d.value === null ? o.gap : statusText(o.points.get(d.id))
				]
			}))
	};
}
