import { Ticks, type Scale, type Tick } from 'chart.js';
import { formatFixed } from '../domain/format';

/**
 * chart.js's own numeric tick label (the same decimals, from the step between ticks) written without
 * Intl.NumberFormat, whose first use costs 50–120 ms of locale loading on the main thread. Very
 * large or small values (scientific notation) and axes with their own `format` keep chart.js's.
 */
export function numericTick(
	this: Scale,
	value: number | string,
	index: number,
	ticks: Tick[]
): string {
	const v = Number(value);
	const max = Math.max(...ticks.map((t) => Math.abs(t.value)));
	if (v === 0 || ticks.length < 2) return Ticks.formatters.numeric.call(this, v, index, ticks);
	if (max < 1e-4 || max > 1e15 || (this.options as { ticks?: { format?: unknown } }).ticks?.format)
		return Ticks.formatters.numeric.call(this, v, index, ticks);
	let delta =
		ticks.length > 3 ? ticks[2]!.value - ticks[1]!.value : ticks[1]!.value - ticks[0]!.value;
	if (Math.abs(delta) >= 1 && v !== Math.floor(v)) delta = v - Math.floor(v);
	const digits = Math.max(Math.min(-Math.floor(Math.log10(Math.abs(delta))), 20), 0);
	return formatFixed(v, Number.isNaN(digits) ? 1 : digits);
}
