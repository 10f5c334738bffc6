/**
 * Step 1 of a run: put every raw file into the staging copy of data/raw —
 * imported from a folder (--from), downloaded from its official URL, or, for a
 * dataset neither gives, carried over from the last good run.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SourceError, type Adapter } from '../../src/lib/sources/types';
import { discover, sha256File, type PassedOver } from './discover';
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

export interface GatherOptions {
	from?: string;
	/**
	 * A copy of the official files laid out as `<mirror>/<dataset id>/<file name>`
	 * (as in data/raw), fetched instead of the official addresses: for tests
	 * and for sites that keep their own copy. The manifest records the address
	 * actually used.
	 */
	mirror?: string;
	download: DownloadOptions;
	log: (line: string) => void;
	now: string;
}

/** Where one official file is fetched from: its official address, or the mirror's copy. */
export function downloadUrl(dataset: string, file: { url: string; name: string }, mirror?: string) {
	if (!mirror) return file.url;
	const base = mirror.endsWith('/') ? mirror : `${mirror}/`;
	return new URL(`${encodeURIComponent(dataset)}/${encodeURIComponent(file.name)}`, base).href;
}

export async function readRawManifest(rawDir: string): Promise<RawManifest> {
	const path = join(rawDir, RAW_MANIFEST);
	if (!existsSync(path)) return { files: [] };
	return JSON.parse(await readFile(path, 'utf8')) as RawManifest;
}

/** The error for an import folder that holds no file of any dataset. */
function nothingFound(from: string, passedOver: readonly PassedOver[]): SourceError {
	const listed = passedOver
		.slice(0, 5)
		.map((p) => `${p.shown} (${p.reason})`)
		.join('; ');
	const more = passedOver.length > 5 ? `; and ${passedOver.length - 5} more` : '';
	return new SourceError(
		from,
		null,
		null,
		'at least one official file of a dataset this dashboard reads',
		passedOver.length ? `only files it passed over: ${listed}${more}` : 'an empty folder',
		"The files must be the agencies' own CSV downloads."
	);
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
	o: GatherOptions
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
		if (!found.length) throw nothingFound(o.from, passedOver);
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
		if (o.mirror) o.log(`Downloading from the mirror ${o.mirror}, not the official addresses.`);
		for (const a of adapters)
			for (const d of a.downloads ?? []) {
				const name = await place(a.id, d.name);
				const url = downloadUrl(a.id, d, o.mirror);
				const got = await download(url, join(stagedRaw, a.id, name), o.download);
				files.push({ dataset: a.id, name, source: url, retrievedAt: o.now, ...got });
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
