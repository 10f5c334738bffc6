import type { SourcedSeries } from '$lib/domain/dataset-file';

/** The reported, predicted and pending-investigation series of one place. */
export function pickVariants(series: readonly SourcedSeries[], geo: string) {
	const of = (variant?: string) => series.find((s) => s.geo === geo && s.variant === variant);
	return { reported: of(undefined), predicted: of('predicted'), pending: of('pct-pending') };
}
