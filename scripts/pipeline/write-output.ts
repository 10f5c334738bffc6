/**
 * Writes one dataset's JSON: one file per measure so a page loads only what
 * it charts, and each measure's recent slice (the last period and the year
 * before it) for pages that show only the latest figures. The measure files
 * together hold every series of the dataset once; no file holds them all
 * (no page reads one, and it was a fifth of the import's output).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
	packDataset,
	packSeries,
	type DatasetMeta,
	type LoosePacked,
	type SourcedSeries
} from '../../src/lib/domain/dataset-file';
import { measurePath, recentPath, type DatasetOutputs } from '../../src/lib/domain/manifest';
import { isCountyFips } from '../../src/lib/domain/geo';
import { recentPoints } from '../../src/lib/domain/recent';
import { writeJson } from './json-out';

export function writeDataset(
	outDir: string,
	meta: DatasetMeta,
	series: readonly SourcedSeries[],
	/** packOnce(): each series is packed once for its measure's file and the state profiles */
	pack: (s: SourcedSeries) => LoosePacked = packSeries
): DatasetOutputs {
	const write = (rel: string, list: readonly SourcedSeries[], packer = pack) => {
		const path = join(outDir, rel);
		mkdirSync(dirname(path), { recursive: true });
		writeJson(path, packDataset(meta, list, packer), 'series');
	};
	const byMeasure: Record<string, string> = {};
	const recent: Record<string, string> = {};
	const recentCounties: Record<string, string> = {};
	const byName = new Map<string, SourcedSeries[]>();
	for (const s of series) {
		const list = byName.get(s.measure);
		if (list) list.push(s);
		else byName.set(s.measure, [s]);
	}
	// counties apart: a state page should not carry 3,000 counties it does not show
	const slice = (list: SourcedSeries[]) =>
		list.map((s) => ({ ...s, points: recentPoints(s.points) }));
	for (const m of [...byName.keys()].sort()) {
		const mine = byName.get(m)!;
		byMeasure[m] = measurePath(meta.dataset, m);
		write(byMeasure[m], mine);
		const counties = mine.filter((s) => isCountyFips(s.geo));
		const others = mine.filter((s) => !isCountyFips(s.geo));
		// a recent slice goes into one file: packed as it is written, not kept
		if (others.length) write((recent[m] = recentPath(meta.dataset, m)), slice(others), packSeries);
		if (counties.length)
			write(
				(recentCounties[m] = recentPath(meta.dataset, m, 'counties')),
				slice(counties),
				packSeries
			);
	}
	return { byMeasure, recent, recentCounties };
}
