/**
 * A user's data written back as a tidy CSV: one row per place and period,
 * columns period, geo, value, unit, status. A gap is an empty value with its
 * status, never 0; every cell is neutralized against formula injection.
 */
import { toCsv, type CsvCell } from '../domain/csv-export';
import type { Series } from '../domain/series';

export const TIDY_COLUMNS = ['period', 'geo', 'value', 'unit', 'status'] as const;

export function tidyRows(series: readonly Series[]): CsvCell[][] {
	const sorted = [...series].sort((a, b) => (a.geo < b.geo ? -1 : a.geo > b.geo ? 1 : 0));
	return sorted.flatMap((s) => s.points.map((p) => [p.period, s.geo, p.value, s.unit, p.status]));
}

export const tidyCsv = (series: readonly Series[]) => toCsv(TIDY_COLUMNS, tidyRows(series));

/** A file name for the download: the original name with "-tidy.csv", kept to safe characters. */
export function tidyFileName(name: string): string {
	const base = name
		.replace(/^.*[/\\]/, '')
		.replace(/\?.*$/, '')
		.replace(/\.(csv|txt)$/i, '')
		.replace(/[^A-Za-z0-9._-]+/g, '-')
		.replace(/^[-.]+|-+$/g, '');
	return `${base || 'data'}-tidy.csv`;
}
