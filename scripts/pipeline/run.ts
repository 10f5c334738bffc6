/**
 * One run of the data pipeline: gather raw files, read each through its
 * adapter, combine releases, write JSON and the manifest into staging folders,
 * and swap them in only when every dataset succeeded.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuiltDataset } from '../../src/lib/domain/by-geo';
import type { CbpArea } from '../../src/lib/domain/cbp';
import { isCountyFips } from '../../src/lib/domain/geo';
import { periodExtent } from '../../src/lib/domain/period';
import type { SourcedSeries } from '../../src/lib/domain/dataset-file';
import { type FileSeries, concatReleases, newestRelease } from '../../src/lib/domain/releases';
import type { DatasetRecord, FileRecord, Manifest } from '../../src/lib/domain/manifest';
import { checkResult, noData } from '../../src/lib/sources/check-result';
import {
	csvAdapters,
	isJsonAdapter,
	SourceError,
	type Adapter,
	type FileResult,
	type ReadContext
} from '../../src/lib/sources/types';
import type { DownloadOptions } from './download';
import { gather, RAW_MANIFEST, type RawFile } from './gather';
import { readCsvFile } from './read-csv';
import { recover, stagingFor, swapIn } from './swap';
import { writeCountyNames } from './write-county-names';
import { writeGeoFiles } from './write-geo-files';
import { writeDataset } from './write-output';

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

type Read = FileResult & { encoding: string };

/**
 * Reads one raw file through its dataset's adapter. The file's retrieval time
 * bounds its periods: no row may describe a month that had not begun.
 */
async function readRaw(adapter: Adapter, path: string, raw: RawFile, o: RunOptions): Promise<Read> {
	const ctx: ReadContext = { ...o.ctx, retrievedAt: raw.retrievedAt };
	if (!isJsonAdapter(adapter))
		return readCsvFile(path, {
			name: raw.name,
			adapters: csvAdapters(o.adapters),
			ctx,
			only: adapter,
			progress: o.progress
		});
	let value: unknown;
	try {
		value = JSON.parse(await readFile(path, 'utf8'));
	} catch (e) {
		throw new SourceError(raw.name, null, null, 'valid JSON', (e as Error).message);
	}
	return {
		...checkResult(adapter.readJson(value, raw.name, ctx), raw.name, ctx),
		encoding: 'utf-8'
	};
}

async function processDataset(
	adapter: Adapter,
	raws: RawFile[],
	stagedRaw: string,
	stagedOut: string,
	o: RunOptions
): Promise<{ record: DatasetRecord; series: SourcedSeries[] }> {
	const read: { raw: RawFile; result: Read }[] = [];
	for (const raw of raws)
		read.push({
			raw,
			result: await readRaw(adapter, join(stagedRaw, adapter.id, raw.name), raw, o)
		});
	const empty = noData(
		adapter.id,
		read.map(({ raw, result }) => ({ name: raw.name, result }))
	);
	if (empty) throw empty;
	const files: FileSeries[] = read.map(({ raw, result }) => ({
		source: { name: raw.name, sha256: raw.sha256, release: result.release },
		series: result.series
	}));
	const combined = adapter.combine === 'concat' ? concatReleases(files) : newestRelease(files);
	const series = [...combined, ...(adapter.derive?.(combined) ?? [])];
	// keys built once, not twice per comparison: a dataset can hold 10,000 series
	const order = new Map(series.map((s) => [s, s.measure + s.geo + (s.variant ?? '')]));
	series.sort((a, b) => (order.get(a)! < order.get(b)! ? -1 : 1));
	const retrievedAt =
		raws
			.map((r) => r.retrievedAt)
			.sort()
			.at(-1) ?? '';
	const outputs = await writeDataset(
		stagedOut,
		{
			dataset: adapter.id,
			title: adapter.title,
			publisher: adapter.publisher,
			url: adapter.url,
			derived: Boolean(adapter.derived),
			retrievedAt
		},
		series
	);
	const fileRecords: FileRecord[] = read.map(({ raw, result }) => ({
		name: raw.name,
		source: raw.source,
		retrievedAt: raw.retrievedAt,
		sha256: raw.sha256,
		bytes: raw.bytes,
		encoding: result.encoding,
		rowsRead: result.rowsRead,
		rowsSkipped: result.skipped.reduce((n, s) => n + s.count, 0),
		skipped: result.skipped,
		release: result.release,
		seriesUsed: series.filter((s) =>
			[s.source, ...(s.also ?? [])].some((f) => f.sha256 === raw.sha256)
		).length
	}));
	const extent = periodExtent(series.flatMap((s) => s.points.map((p) => p.period)));
	const record: DatasetRecord = {
		id: adapter.id,
		title: adapter.title,
		publisher: adapter.publisher,
		url: adapter.url,
		license: adapter.license,
		derived: Boolean(adapter.derived),
		caveats: [...adapter.caveats],
		retrievedAt,
		files: fileRecords,
		rowsRead: fileRecords.reduce((n, f) => n + f.rowsRead, 0),
		rowsSkipped: fileRecords.reduce((n, f) => n + f.rowsSkipped, 0),
		coverage: {
			first: extent?.first ?? '',
			last: extent?.last ?? '',
			geos: [...new Set(series.map((s) => s.geo))].sort(),
			measures: [...new Set(series.map((s) => s.measure))].sort()
		},
		outputs
	};
	return { record, series };
}

export async function run(o: RunOptions): Promise<RunResult> {
	const now = (o.now ?? new Date()).toISOString();
	await recover(o.outDir);
	await recover(o.rawDir);
	const stagedRaw = await stagingFor(o.rawDir);
	const stagedOut = await stagingFor(o.outDir);
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
		const built: BuiltDataset[] = [];
		const datasets: DatasetRecord[] = [];
		for (const adapter of o.adapters) {
			const mine = raws.filter((r) => r.dataset === adapter.id);
			if (!mine.length) {
				o.log(`  no file for ${adapter.id} (${adapter.title}); it is left out of this build`);
				continue;
			}
			const done = await processDataset(adapter, mine, stagedRaw, stagedOut, o);
			datasets.push(done.record);
			// state profiles never show counties: keep them out of memory once written
			built.push({ ...done, series: done.series.filter((s) => !isCountyFips(s.geo)) });
		}
		const byGeo = await writeGeoFiles(stagedOut, o.ctx.geography, o.cbpAreas ?? [], built, now);
		const countyNames = await writeCountyNames(stagedOut, stagedRaw, raws, o.ctx);
		const manifest: Manifest = { generatedAt: now, datasets, byGeo, countyNames };
		await writeFile(join(stagedOut, 'manifest.json'), JSON.stringify(manifest, null, 1));
		await swapIn(stagedRaw, o.rawDir);
		await swapIn(stagedOut, o.outDir);
		return { manifest };
	} finally {
		await rm(stagedRaw, { recursive: true, force: true });
		await rm(stagedOut, { recursive: true, force: true });
	}
}
