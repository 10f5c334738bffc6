/**
 * One dataset of a run: each of its raw files read through the dataset's
 * adapter, the files combined, its JSON written into the staging folder, and
 * its manifest record made.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { periodExtent } from '../../src/lib/domain/period';
import type { LoosePacked, SourcedSeries } from '../../src/lib/domain/dataset-file';
import { type FileSeries, concatReleases, newestRelease } from '../../src/lib/domain/releases';
import type { DatasetRecord, FileRecord } from '../../src/lib/domain/manifest';
import { checkResult, noData } from '../../src/lib/sources/check-result';
import {
	csvAdapters,
	isJsonAdapter,
	SourceError,
	type Adapter,
	type FileResult,
	type ReadContext
} from '../../src/lib/sources/types';
import type { RawFile } from './gather';
import { readCsvFile } from './read-csv';
import type { RunOptions } from './run';
import { writeDataset } from './write-output';

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

export async function processDataset(
	adapter: Adapter,
	raws: RawFile[],
	stagedRaw: string,
	stagedOut: string,
	o: RunOptions,
	pack: (s: SourcedSeries) => LoosePacked
): Promise<{ record: DatasetRecord; series: SourcedSeries[] }> {
	const read: { raw: RawFile; result: Read }[] = [];
	for (const raw of raws) {
		const path = join(stagedRaw, adapter.id, raw.name);
		read.push({ raw, result: await readRaw(adapter, path, raw, o) });
	}
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
	// the series of older releases that no output uses are let go before writing
	files.length = 0;
	for (const r of read) r.result = { ...r.result, series: [] };
	const series = [...combined, ...(adapter.derive?.(combined) ?? [])];
	// keys built once, not twice per comparison: a dataset can hold 10,000 series
	const order = new Map(series.map((s) => [s, s.measure + s.geo + (s.variant ?? '')]));
	series.sort((a, b) => (order.get(a)! < order.get(b)! ? -1 : 1));
	const retrievedAt =
		raws
			.map((r) => r.retrievedAt)
			.sort()
			.at(-1) ?? '';
	const outputs = writeDataset(
		stagedOut,
		{
			dataset: adapter.id,
			title: adapter.title,
			publisher: adapter.publisher,
			url: adapter.url,
			derived: Boolean(adapter.derived),
			retrievedAt
		},
		series,
		pack
	);
	const used = new Map<string, number>();
	for (const s of series)
		for (const f of new Set([s.source.sha256, ...(s.also ?? []).map((a) => a.sha256)]))
			used.set(f, (used.get(f) ?? 0) + 1);
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
		seriesUsed: used.get(raw.sha256) ?? 0
	}));
	const periods = new Set<string>();
	for (const s of series) for (const p of s.points) periods.add(p.period);
	const extent = periodExtent(periods);
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
