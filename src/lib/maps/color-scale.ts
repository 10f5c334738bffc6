/**
 * The map's colour scale: up to five classes of one hue, light to dark, so
 * order reads by lightness alone — for people with any form of colour-vision
 * deficiency and on a greyscale print. Class breaks are quantiles of the
 * values shown, rounded to two significant figures so a legend reads
 * "1,200 to under 2,500", never "1,187.3". Zero is not a class: it has its
 * own fill, as do suppressed, not published and no data (see patterns.ts).
 */
import { formatNumber } from '../domain/format';

/** Sequential blues, lightest first; each step is clearly darker than the last. */
export const RAMP = ['#d4e4f2', '#9cc1e0', '#5b95c7', '#2b67a3', '#0c3b6e'] as const;

/** Rounds to two significant figures: 1187.3 -> 1200, 23.46 -> 23, 0.456 -> 0.46. */
export function niceRound(x: number): number {
	if (x === 0 || !Number.isFinite(x)) return x;
	const step = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1);
	return Math.round(Math.round(x / step) * step * 1e6) / 1e6;
}

function quantile(sorted: readonly number[], q: number): number {
	const at = (sorted.length - 1) * q;
	const lo = Math.floor(at);
	const hi = Math.ceil(at);
	return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * Lower bounds of classes 2…k for the positive values: strictly increasing,
 * each above the smallest value and at most the largest, so no class is empty
 * at its bottom end. Fewer distinct values give fewer classes.
 */
export function classBreaks(values: readonly number[], classes = RAMP.length): number[] {
	const sorted = values.filter((v) => v > 0 && Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length < 2) return [];
	const min = sorted[0]!;
	const max = sorted.at(-1)!;
	// never more classes than distinct values, or some would be empty
	const k = Math.min(classes, new Set(sorted).size);
	const breaks: number[] = [];
	for (let i = 1; i < k; i++) {
		const b = niceRound(quantile(sorted, i / k));
		if (b > min && b <= max && b > (breaks.at(-1) ?? -Infinity)) breaks.push(b);
	}
	return breaks;
}

/** The class (0 = lightest) a positive value falls in: value ≥ break i puts it above class i. */
export function classIndex(value: number, breaks: readonly number[]): number {
	let i = 0;
	while (i < breaks.length && value >= breaks[i]!) i++;
	return i;
}

/** The colours for k classes, spread over the ramp so few classes still differ clearly. */
export function rampFor(classes: number): string[] {
	if (classes <= 1) return [RAMP[2]];
	const last = RAMP.length - 1;
	return Array.from({ length: classes }, (_, i) => RAMP[Math.round((i * last) / (classes - 1))]!);
}

/** Legend words for each class, with the unit: "Under 120 deaths", "120 to under 300 deaths", "300 deaths or more". */
export function classLabels(breaks: readonly number[], unit: string, digits = 0): string[] {
	const f = (x: number) => formatNumber(x, digits);
	if (!breaks.length) return [`More than 0 ${unit}`];
	return [
		`Under ${f(breaks[0]!)} ${unit}`,
		...breaks.slice(1).map((b, i) => `${f(breaks[i]!)} to under ${f(b)} ${unit}`),
		`${f(breaks.at(-1)!)} ${unit} or more`
	];
}

/** Relative luminance (WCAG), used by the test that keeps the ramp ordered by lightness. */
export function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
