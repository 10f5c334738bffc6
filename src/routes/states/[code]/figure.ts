/**
 * A chart of the state profile as plain data: everything ChartFigure needs,
 * built by the pure functions of figures-*.ts and tested without a browser.
 */
import type { ChartConfiguration } from 'chart.js';
import type { TableData } from '$lib/charts/table-data';
import type { SourceRef } from '$lib/domain/citation';
import type { GeoProfile } from '$lib/domain/geo-file';
import { COLORS } from '$lib/charts/palette';
import { placeLabel, placeSeries, type Place } from '$lib/domain/profile';
import type { Point } from '$lib/domain/series';

export interface FigureSpec {
	id: string;
	title: string;
	summary: string;
	ariaLabel: string;
	config: ChartConfiguration;
	table: TableData;
	sources: (SourceRef & { id: string })[];
	/** where the comparison is drawn: what a reader must keep in mind */
	caveat: string;
}

/** What a figure builder gets: the state's file and the places it compares. */
export interface ProfileContext {
	profile: GeoProfile;
	places: readonly Place[];
}

/** How a chart names a dataset of the state's file, with the release its series came from. */
export function sourceOf(
	p: GeoProfile,
	dataset: string,
	release?: string
): (SourceRef & { id: string })[] {
	const d = p.dataset(dataset);
	if (!d) return [];
	const newest =
		release ??
		d.sources
			.map((s) => s.release)
			.sort()
			.at(-1);
	return [
		{
			id: d.dataset,
			publisher: d.publisher,
			title: d.title,
			url: d.url,
			release: newest,
			retrievedAt: d.retrievedAt,
			derived: d.derived,
			caveats: d.caveats
		}
	];
}

/** One line per place (state, division, US) of a dataset's measure, named with what it leaves out. */
export function placeLines(ctx: ProfileContext, dataset: string, measure: string) {
	return ctx.places.map((place, i) => ({
		name: place.name,
		label: placeLabel(ctx.profile, dataset, measure, place),
		points: placeSeries(ctx.profile, dataset, measure, place)?.points,
		color: COLORS.series[i]!
	}));
}

/** Lines that have points, for a chart config (a place without the series is left off the chart). */
export function drawn<T extends { points: readonly Point[] | undefined }>(lines: readonly T[]) {
	return lines.flatMap((l) => (l.points ? [{ ...l, points: l.points }] : []));
}
