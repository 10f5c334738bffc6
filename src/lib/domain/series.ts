/**
 * The normalized model every dataset is turned into, and the valibot schemas
 * that guard it at the boundary (pipeline output, browser input).
 *
 * A value is `number | null` plus a status: a gap is never 0 or NaN.
 */
import * as v from 'valibot';

export const PERIOD = /^(FY\d{4}|\d{4}(-(\d{2}|H[12]|Q[1-4]|\d{4}))?)$/;

export const STATUSES = ['final', 'provisional', 'predicted', 'suppressed', 'missing'] as const;
export type Status = (typeof STATUSES)[number];

export const PointSchema = v.object({
	/**
	 * '2024-06' (month), '2024' (year), '2024-H1' (half year), '2024-Q3' (quarter),
	 * 'FY2024' (federal fiscal year, October–September), '2022-2023' (years pooled or averaged)
	 */
	period: v.pipe(v.string(), v.regex(PERIOD)),
	value: v.nullable(v.pipe(v.number(), v.finite())),
	status: v.picklist(STATUSES),
	/** the source's own footnote or reason, shown as text */
	note: v.optional(v.string()),
	/** the count is known to be low and expected to rise (reporting delay, part of a year) */
	incomplete: v.optional(v.boolean()),
	/** a range where the exact value is unknown (sums over suppressed cells) */
	low: v.optional(v.number()),
	high: v.optional(v.number())
});
export type Point = v.InferOutput<typeof PointSchema>;

export const SeriesSchema = v.object({
	dataset: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
	measure: v.pipe(v.string(), v.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/)),
	/** 'reported' when absent; 'predicted' for CDC's delay-adjusted estimate, 'pct-pending', … */
	variant: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/))),
	/** 'US', USPS code 'OH', 'YC' (NYC), county FIPS '39035', region id 'hhs-5', 'cbp:swb' */
	geo: v.pipe(v.string(), v.minLength(1)),
	unit: v.pipe(v.string(), v.minLength(1)),
	points: v.array(PointSchema)
});
export type Series = v.InferOutput<typeof SeriesSchema>;

/** Identifies a series within a dataset. */
export function seriesKey(s: Pick<Series, 'measure' | 'geo' | 'variant'>): string {
	return `${s.measure}|${s.variant ?? 'reported'}|${s.geo}`;
}

/** The value a chart may plot: null for every gap, whatever its reason. */
export function plotted(p: Point): number | null {
	return p.status === 'suppressed' || p.status === 'missing' ? null : p.value;
}
