/**
 * Writes one profile file per state and DC (static/data/by-geo/<code>.json)
 * into the same staging folder as the datasets, so it is swapped in with them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildGeoFile, indexDatasets, type BuiltDataset } from '../../src/lib/domain/by-geo';
import type { CbpArea } from '../../src/lib/domain/cbp';
import { statesAndDc, type Geography } from '../../src/lib/domain/geo';
import { geoFilePath } from '../../src/lib/domain/geo-file';

/** Returns the files written, by state code, for the manifest. */
export async function writeGeoFiles(
	outDir: string,
	geography: Geography,
	areas: readonly CbpArea[],
	datasets: readonly BuiltDataset[],
	generatedAt: string
): Promise<Record<string, string>> {
	const index = indexDatasets(geography, areas, datasets);
	const written: Record<string, string> = {};
	for (const { code } of statesAndDc(geography)) {
		const rel = geoFilePath(code);
		const path = join(outDir, rel);
		await mkdir(dirname(path), { recursive: true });
		await writeFile(path, JSON.stringify(buildGeoFile(index, code, generatedAt)));
		written[code] = rel;
	}
	return written;
}
