/**
 * Finds official files anywhere under a folder and tells which dataset each
 * one is, by its header, never its name. Every file is either used or passed
 * over with a reason.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import Papa from 'papaparse';
import { CSV_CONFIG, normalizeText } from '../../src/lib/sources/csv-text';
import { HEAD_ROWS, identify, nearMiss, unrecognized } from '../../src/lib/sources/feed';
import {
	csvAdapters,
	isJsonAdapter,
	SourceError,
	type Adapter,
	type CsvAdapter
} from '../../src/lib/sources/types';

export interface Found {
	path: string;
	/** relative to the folder searched */
	shown: string;
	adapter: Adapter;
	sha256: string;
}

export interface PassedOver {
	shown: string;
	reason: string;
}

const DATA_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);
/** JSON is read whole to recognize it, so only files this small are tried. */
const JSON_LIMIT = 50 * 1024 * 1024;

async function identifyJson(path: string, adapters: readonly Adapter[]): Promise<Adapter | null> {
	const json = adapters.filter(isJsonAdapter);
	if (!json.length || (await stat(path)).size > JSON_LIMIT) return null;
	let value: unknown;
	try {
		value = JSON.parse(await readFile(path, 'utf8'));
	} catch {
		return null;
	}
	return json.find((a) => a.detectJson(value)) ?? null;
}

async function* walk(dir: string): AsyncGenerator<string> {
	const entries = await readdir(dir, { withFileTypes: true });
	entries.sort((a, b) => a.name.localeCompare(b.name));
	for (const e of entries) {
		const path = join(dir, e.name);
		if (e.isDirectory()) yield* walk(path);
		else if (e.isFile()) yield path;
	}
}

export interface Head {
	rows: string[][];
	/** why the file cannot be a dataset at all, before any header is looked at */
	unreadable?: string;
	/** the same text split at semicolons or at tabs, to recognize a re-saved file */
	splitAt(delimiter: ';' | '\t'): string[][];
}

const HEAD_BYTES = 64 * 1024;

/** The first rows of a file, decoded as UTF-8 or, failing that, Latin-1. */
export async function readHead(path: string): Promise<Head> {
	const fh = await open(path, 'r');
	try {
		const buf = Buffer.alloc(HEAD_BYTES);
		const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
		const bytes = buf.subarray(0, bytesRead);
		if (!bytesRead) return { rows: [], unreadable: 'an empty file', splitAt: () => [] };
		// Text files hold no NUL bytes; spreadsheets, archives and images do.
		if (bytes.includes(0))
			return { rows: [], unreadable: 'binary data, not text', splitAt: () => [] };
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
		} catch {
			text = new TextDecoder('latin1').decode(bytes);
		}
		text = normalizeText(text);
		const parse = (delimiter: string) =>
			Papa.parse<string[]>(text, { ...CSV_CONFIG, delimiter, preview: HEAD_ROWS }).data;
		return { rows: parse(','), splitAt: parse };
	} finally {
		await fh.close();
	}
}

/**
 * A known dataset saved with another separator (a spreadsheet's "CSV" in a
 * comma-decimal locale): told so, rather than passed over as a stranger.
 */
function otherSeparator(head: Head, csv: readonly CsvAdapter[], shown: string): SourceError | null {
	for (const [delimiter, name] of [
		[';', 'semicolons'],
		['\t', 'tabs']
	] as const) {
		const rows = head.splitAt(delimiter);
		const match = identify(rows, csv)?.adapter ?? nearMiss(rows, csv)?.adapter;
		if (match)
			return new SourceError(
				shown,
				1,
				null,
				`values separated by commas, as in the official ${match.title} file`,
				`values separated by ${name}`,
				'Save the file as comma-separated CSV, or download it again from the official page.'
			);
	}
	return null;
}

export async function sha256File(path: string): Promise<string> {
	const hash = createHash('sha256');
	for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
	return hash.digest('hex');
}

export async function discover(
	root: string,
	adapters: readonly Adapter[]
): Promise<{ found: Found[]; passedOver: PassedOver[] }> {
	const csv = csvAdapters(adapters);
	const found: Found[] = [];
	const passedOver: PassedOver[] = [];
	const bySha = new Map<string, string>();
	for await (const path of walk(root)) {
		const shown = relative(root, path);
		const ext = extname(path).toLowerCase();
		let adapter: Adapter | null;
		if (ext === '.json') adapter = await identifyJson(path, adapters);
		else if (DATA_EXTENSIONS.has(ext)) {
			const head = await readHead(path);
			if (head.unreadable) {
				passedOver.push({ shown, reason: head.unreadable });
				continue;
			}
			adapter = identify(head.rows, csv)?.adapter ?? null;
			// A file that is almost a known dataset is a changed format, not a stranger: stop.
			if (!adapter && nearMiss(head.rows, csv)) throw unrecognized(shown, head.rows, csv);
			if (!adapter) {
				const resaved = otherSeparator(head, csv, shown);
				if (resaved) throw resaved;
			}
		} else {
			passedOver.push({ shown, reason: 'not a CSV or JSON file' });
			continue;
		}
		if (!adapter) {
			passedOver.push({ shown, reason: 'not recognized as a dataset this dashboard reads' });
			continue;
		}
		const sha256 = await sha256File(path);
		const twin = bySha.get(sha256);
		if (twin) {
			passedOver.push({ shown, reason: `same bytes as ${twin}` });
			continue;
		}
		bySha.set(sha256, shown);
		found.push({ path, shown, adapter, sha256 });
	}
	return { found, passedOver };
}
