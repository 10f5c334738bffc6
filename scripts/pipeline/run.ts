/**
 * One run of the data pipeline: gather raw files, read each through its
 * adapter, combine releases, write JSON and the manifest into staging folders,
 * and swap them in only when every dataset succeeded.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { geoContext, POPULATION_DATASET, type BuiltDataset } from '../../src/lib/domain/by-geo';
import type { CbpArea } from '../../src/lib/domain/cbp';
import { packOnce } from '../../src/lib/domain/dataset-file';
import { isCountyFips } from '../../src/lib/domain/geo';
import type { DatasetRecord, Manifest } from '../../src/lib/domain/manifest';
import { SourceError, type Adapter, type ReadContext } from '../../src/lib/sources/types';
import { processDataset } from './dataset';
import type { DownloadOptions } from './download';
import { gather, RAW_MANIFEST } from './gather';
import { recover, stagingFor, swapIn } from './swap';
import { writeCountyNames } from './write-county-names';
import { GeoFileWriter } from './write-geo-files';

export interface RunOptions {
	from?: string;
	/** see GatherOptions.mirror */
	mirror?: string;
	outDir: string;
	rawDir: string;
	adapters: readonly Adapter[];
	ctx: ReadContext;
	/** data/cbp-areas.csv: which CBP areas map to which states, for the state profile files */
	cbpAreas?: readonly CbpArea[];
	download: DownloadOptions;
	log: (line: string) => void;
	progress: boolean;
	now?: Date;
}

export interface RunResult {
	manifest: Manifest;
}

export async function run(o: RunOptions): Promise<RunResult> {
	const now = (o.now ?? new Date()).toISOString();
	await recover(o.outDir);
	await recover(o.rawDir);
	const stagedRaw = await stagingFor(o.rawDir);
	const stagedOut = await stagingFor(o.outDir);
	let geo: GeoFileWriter | undefined;
	try {
		const raws = await gather(o.adapters, stagedRaw, o.rawDir, {
			from: o.from,
			mirror: o.mirror,
			download: o.download,
			log: o.log,
			now
		});
		if (!raws.length)
			throw new SourceError(
				'the download',
				null,
				null,
				'at least one dataset with a download address',
				'none'
			);
		await writeFile(join(stagedRaw, RAW_MANIFEST), JSON.stringify({ files: raws }, null, 1));
		const present = o.adapters.filter((a) => {
			if (raws.some((r) => r.dataset === a.id)) return true;
			o.log(`  no file for ${a.id} (${a.title}); it is left out of this build`);
			return false;
		});
		// Population first: every other dataset's regional rates are computed with it.
		const order = [
			...present.filter((a) => a.id === POPULATION_DATASET),
			...present.filter((a) => a.id !== POPULATION_DATASET)
		];
		const records = new Map<string, DatasetRecord>();
		const areas = o.cbpAreas ?? [];
		for (const adapter of order) {
			const mine = raws.filter((r) => r.dataset === adapter.id);
			// A county's series goes into two files (the dataset's and its measure's) and no
			// state's: packed for each, its columns are not kept for the dataset's lifetime.
			const pack = packOnce((s) => !isCountyFips(s.geo));
			// state profiles never show counties: they are let go once the dataset's files are written
			const built: BuiltDataset = await processDataset(
				adapter,
				mine,
				stagedRaw,
				stagedOut,
				o,
				pack
			).then(({ record, series }) => {
				records.set(adapter.id, record);
				return { record, series: series.filter((s) => !isCountyFips(s.geo)) };
			});
			const population = adapter.id === POPULATION_DATASET ? built : undefined;
			geo ??= GeoFileWriter.open(
				stagedOut,
				geoContext(o.ctx.geography, areas, population),
				now,
				present.map((a) => a.id)
			);
			geo.add(built, pack);
		}
		geo ??= GeoFileWriter.open(stagedOut, geoContext(o.ctx.geography, areas), now, []);
		const byGeo = geo.close();
		const datasets = present.map((a) => records.get(a.id)!);
		const countyNames = await writeCountyNames(stagedOut, stagedRaw, raws, o.ctx);
		const manifest: Manifest = { generatedAt: now, datasets, byGeo, countyNames };
		await writeFile(join(stagedOut, 'manifest.json'), JSON.stringify(manifest, null, 1));
		await swapIn(stagedRaw, o.rawDir);
		await swapIn(stagedOut, o.outDir);
		return { manifest };
	} finally {
		geo?.abort();
		await rm(stagedRaw, { recursive: true, force: true });
		await rm(stagedOut, { recursive: true, force: true });
	}
}
