/**
 * One plain-language sentence about a map, made from its data: where the
 * figure is highest and lowest, and which places have none.
 */
import { formatNumber } from '../domain/format';
import { formatPeriod } from '../domain/period';
import type { MapDatum, MapUnit, Per } from './map-data';

/** "Ohio", "Ohio and Texas", "Ohio, Texas and Utah" */
export function listNames(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Places without a figure are named only when few enough to read. */
const MAX_NAMED = 10;
const plural = (place: string) => (place.endsWith('y') ? `${place.slice(0, -1)}ies` : `${place}s`);

export function mapSummary(o: {
	data: readonly MapDatum[];
	per: Per;
	unit: MapUnit;
	period: string;
	/** 'state', 'county' */
	place: string;
}): string {
	const valued = o.data.filter((d) => d.value !== null);
	const when = `In the 12 months ending ${formatPeriod(o.period)}`;
	if (!valued.length) return `${when}, no ${o.place} has a published figure.`;
	const values = valued.map((d) => d.value!);
	const at = (v: number) =>
		listNames(
			valued
				.filter((d) => d.value === v)
				.map((d) => d.name)
				.sort()
		);
	const fmt = (v: number) => formatNumber(v, o.unit.digits);
	const max = Math.max(...values);
	const min = Math.min(...values);
	const [most, fewest] = o.per === 'rate' ? ['highest rate', 'lowest'] : ['most deaths', 'fewest'];
	const head = `${when}, ${at(max)} had the ${most} (${fmt(max)} ${o.unit.words}) and ${at(min)} the ${fewest} (${fmt(min)}).`;
	const none = o.data
		.filter((d) => d.value === null)
		.map((d) => d.name)
		.sort();
	if (!none.length) return head;
	const word = none.length === 1 ? o.place : plural(o.place);
	const which = none.length <= MAX_NAMED ? `: ${listNames(none)}` : '';
	return `${head} There is no published figure for ${formatNumber(none.length, 0)} ${word}${which}.`;
}
