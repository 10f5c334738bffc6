/**
 * Small made-up datasets for tests of the state profile: built into a state's
 * file with the pipeline's own builder (by-geo.ts), so a test reads what a
 * page would get.
 */
import { buildGeoFile, indexDatasets, type BuiltDataset } from '../../src/lib/domain/by-geo';
import type { SourcedSeries } from '../../src/lib/domain/dataset-file';
import { GeoProfile, parseGeoFile } from '../../src/lib/domain/geo-file';
import type { Point } from '../../src/lib/domain/series';
import { AREAS, CTX } from './geography';

export function record(id: string, publisher = 'Agency') {
	return {
		id,
		title: `${id} title`,
		publisher,
		url: `https://example.gov/${id}`,
		license: 'Public domain',
		derived: false,
		caveats: ['a caveat'],
		retrievedAt: '2025-01-01'
	};
}

/** A series of consecutive periods from `first` ('2022' or '2024-01'), values in order. */
export function series(
	dataset: string,
	measure: string,
	geo: string,
	first: string,
	values: (number | null | Partial<Point>)[],
	extra: Partial<SourcedSeries> = {}
): SourcedSeries {
	const monthly = first.length === 7;
	const period = (i: number) => {
		if (!monthly) return String(Number(first) + i);
		const k = Number(first.slice(0, 4)) * 12 + Number(first.slice(5)) - 1 + i;
		return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
	};
	return {
		dataset,
		measure,
		geo,
		unit: 'units',
		source: { name: `${dataset}.csv`, sha256: 'x', release: period(values.length - 1) },
		points: values.map((v, i): Point => {
			if (v !== null && typeof v === 'object')
				return { period: period(i), value: null, status: 'missing', ...v };
			return { period: period(i), value: v, status: v === null ? 'missing' : 'final' };
		}),
		...extra
	};
}

export function profileOf(code: string, datasets: BuiltDataset[]): GeoProfile {
	const index = indexDatasets(CTX.geography, AREAS, datasets);
	return new GeoProfile(parseGeoFile(buildGeoFile(index, code, '2025-06-01T00:00:00Z')));
}
