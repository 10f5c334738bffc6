/**
 * Writes one dataset's JSON: the whole dataset, and one slice per measure so a
 * page loads only what it charts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
	packDataset,
	type DatasetMeta,
	type SourcedSeries
} from '../../src/lib/domain/dataset-file';
import { measurePath } from '../../src/lib/domain/manifest';

export async function writeDataset(
	outDir: string,
	meta: DatasetMeta,
	series: readonly SourcedSeries[]
): Promise<{ all: string; byMeasure: Record<string, string> }> {
	const write = async (rel: string, list: readonly SourcedSeries[]) => {
		const path = join(outDir, rel);
		await mkdir(dirname(path), { recursive: true });
		await writeFile(path, JSON.stringify(packDataset(meta, list)));
	};
	const all = `${meta.dataset}.json`;
	await write(all, series);
	const byMeasure: Record<string, string> = {};
	const measures = [...new Set(series.map((s) => s.measure))].sort();
	for (const m of measures) {
		byMeasure[m] = measurePath(meta.dataset, m);
		await write(
			byMeasure[m],
			series.filter((s) => s.measure === m)
		);
	}
	return { all, byMeasure };
}
