/**
 * Step 1 of a run: put every raw file into the staging copy of data/raw —
 * imported from a folder (--from), downloaded from its official URL, or, for a
 * dataset neither gives, carried over from the last good run.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Adapter } from '../../src/lib/sources/types';
import { discover, sha256File } from './discover';
import { download, type DownloadOptions } from './download';

export interface RawFile {
	dataset: string;
	name: string;
	/** official URL or the path it was imported from */
	source: string;
	retrievedAt: string;
	sha256: string;
	bytes: number;
}

export interface RawManifest {
	files: RawFile[];
}

export const RAW_MANIFEST = 'manifest.json';

export async function readRawManifest(rawDir: string): Promise<RawManifest> {
	const path = join(rawDir, RAW_MANIFEST);
	if (!existsSync(path)) return { files: [] };
	return JSON.parse(await readFile(path, 'utf8')) as RawManifest;
}

/** A file name unique within its dataset folder. */
function uniqueName(taken: Set<string>, name: string): string {
	let n = name;
	for (let i = 2; taken.has(n); i++) n = name.replace(/(\.[^.]*)?$/, `-${i}$1`);
	taken.add(n);
	return n;
}

export async function gather(
	adapters: readonly Adapter[],
	stagedRaw: string,
	rawDir: string,
	o: { from?: string; download: DownloadOptions; log: (line: string) => void; now: string }
): Promise<RawFile[]> {
	const files: RawFile[] = [];
	const names = new Map<string, Set<string>>();
	const place = async (dataset: string, name: string) => {
		await mkdir(join(stagedRaw, dataset), { recursive: true });
		if (!names.has(dataset)) names.set(dataset, new Set());
		return uniqueName(names.get(dataset)!, name);
	};
	const provided = new Set<string>();

	if (o.from) {
		const { found, passedOver } = await discover(o.from, adapters);
		o.log(`Looked in ${o.from}:`);
		for (const f of found) o.log(`  used         ${f.shown}  ->  ${f.adapter.id}`);
		for (const p of passedOver) o.log(`  passed over  ${p.shown}  (${p.reason})`);
		for (const f of found) {
			const name = await place(f.adapter.id, f.shown.split(/[\\/]/).pop()!);
			await copyFile(f.path, join(stagedRaw, f.adapter.id, name));
			const { size } = await stat(f.path);
			files.push({
				dataset: f.adapter.id,
				name,
				source: f.path,
				retrievedAt: o.now,
				sha256: f.sha256,
				bytes: size
			});
			provided.add(f.adapter.id);
		}
	} else {
		for (const a of adapters)
			for (const d of a.downloads ?? []) {
				const name = await place(a.id, d.name);
				const got = await download(d.url, join(stagedRaw, a.id, name), o.download);
				files.push({ dataset: a.id, name, source: d.url, retrievedAt: o.now, ...got });
				provided.add(a.id);
			}
	}

	const previous = await readRawManifest(rawDir);
	for (const f of previous.files) {
		if (provided.has(f.dataset) || !adapters.some((a) => a.id === f.dataset)) continue;
		const from = join(rawDir, f.dataset, f.name);
		if (!existsSync(from) || (await sha256File(from)) !== f.sha256) continue;
		const name = await place(f.dataset, f.name);
		await copyFile(from, join(stagedRaw, f.dataset, name));
		files.push({ ...f, name });
		o.log(`  kept from the last run  ${f.dataset}/${f.name}`);
	}
	return files;
}
