/**
 * The good files the bad-input corpus is made from: every CSV adapter's golden
 * fixtures (src/lib/sources/<folder>/fixtures/<case>/input.csv, whichever
 * dataset the registry recognizes them as) that their expected.json says read
 * cleanly. Every adapter in the registry is covered, including ones added
 * after this corpus was written.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import Papa from 'papaparse';
import { CSV_CONFIG, decodeBytes, normalizeText } from '../../src/lib/sources/csv-text';
import { HEAD_ROWS, identify } from '../../src/lib/sources/feed';
import { ADAPTERS } from '../../src/lib/sources/registry';
import { readCsvText } from '../../src/lib/sources/read-text';
import {
	csvAdapters,
	type CsvAdapter,
	type JsonAdapter,
	type ReadContext
} from '../../src/lib/sources/types';
import { CTX } from '../support/geography';

export const SOURCES = resolve(import.meta.dirname, '../../src/lib/sources');
export const CSV_ADAPTERS = csvAdapters(ADAPTERS);

/** Well after every fixture's last period, well before any impossible one. */
export const RETRIEVED_AT = '2026-11-25T00:00:00.000Z';
export const BAD_CTX: ReadContext = { ...CTX, retrievedAt: RETRIEVED_AT };

export interface Fixture {
	adapter: CsvAdapter;
	/** '<adapter id>/<case>' */
	name: string;
	path: string;
	expected: { error?: string; retrievedAt?: string };
}

export interface Seed extends Fixture {
	bytes: Buffer;
	/** rows before the header (a preamble), kept as they are */
	pre: string[][];
	header: string[];
	/** data rows: after the header, up to a blank line where the adapter stops there */
	data: string[][];
	/** what follows the data (a footer, trailing blank lines), kept as it is */
	post: string[][];
}

/** Every fixture folder of every adapter folder that holds an input.csv and an expected.json. */
function allFixtures(): { name: string; path: string; expected: Fixture['expected'] }[] {
	return readdirSync(SOURCES, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(SOURCES, d.name, 'fixtures')))
		.flatMap((d) =>
			readdirSync(join(SOURCES, d.name, 'fixtures'))
				.sort()
				.map((c) => join(SOURCES, d.name, 'fixtures', c))
				.filter(
					(dir) => existsSync(join(dir, 'input.csv')) && existsSync(join(dir, 'expected.json'))
				)
				.map((dir) => ({
					name: `${d.name}/${basename(dir)}`,
					path: join(dir, 'input.csv'),
					expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'))
				}))
		);
}

const headOf = (path: string) =>
	Papa.parse<string[]>(normalizeText(decodeBytes(readFileSync(path)).text), {
		...CSV_CONFIG,
		preview: HEAD_ROWS
	}).data;

/**
 * An adapter's fixtures: those the registry recognizes as its dataset, as the
 * pipeline would (an adapter's folder may hold several datasets' fixtures).
 */
export function fixtures(adapter: CsvAdapter): Fixture[] {
	return allFixtures()
		.filter((f) => identify(headOf(f.path), CSV_ADAPTERS)?.adapter === adapter)
		.map((f) => ({ ...f, adapter }));
}

/** Every fixture, of any adapter, that must stop with an error (`expected.error`). */
export function errorFixtures() {
	return allFixtures().filter((f) => f.expected.error);
}

const blank = (r: readonly string[]) => r.every((c) => c.trim() === '');

function split(f: Fixture): Seed {
	const bytes = readFileSync(f.path);
	const rows = Papa.parse<string[]>(normalizeText(decodeBytes(bytes).text), CSV_CONFIG).data;
	const found = identify(rows.slice(0, HEAD_ROWS), [f.adapter]);
	if (!found) throw new Error(`${f.name}: the fixture's header is not recognized`);
	const h = found.headerRow;
	let end = rows.length;
	while (end > h + 1 && blank(rows[end - 1]!)) end--;
	if (f.adapter.stopAtBlankLine) {
		const stop = rows.findIndex((r, i) => i > h && blank(r));
		if (stop > 0) end = Math.min(end, stop);
	}
	return {
		...f,
		bytes,
		pre: rows.slice(0, h),
		header: rows[h]!,
		data: rows.slice(h + 1, end),
		post: rows.slice(end)
	};
}

/** Every adapter's fixtures that read without error, split into their parts. */
export function seeds(adapter: CsvAdapter): Seed[] {
	return fixtures(adapter)
		.filter((f) => !f.expected.error)
		.map(split)
		.filter((s) => s.data.length > 0);
}

/** Rows back to CSV text, quoting only where needed; `newline` defaults to LF. */
export function unparse(rows: readonly (readonly string[])[], delimiter = ',', newline = '\n') {
	return Papa.unparse(rows as string[][], { delimiter, newline, quotes: false }) + newline;
}

/** A seed's rows with its data rows replaced (and the header, if given). */
export function rebuild(s: Seed, data: string[][], header = s.header): string[][] {
	return [...s.pre, header, ...data, ...s.post];
}

/** What the adapter makes of a text, as the browser would read it. */
export function readSeedText(s: Seed, text: string, name: string) {
	return readCsvText(text, name, CSV_ADAPTERS, BAD_CTX);
}

/** The seed the data-command tests start from: the first that yields data. */
export function primarySeed(adapter: CsvAdapter): Seed | undefined {
	return seeds(adapter).find(
		(s) => readCsvText(decodeBytes(s.bytes).text, s.name, CSV_ADAPTERS, BAD_CTX).series.length > 0
	);
}

/** A JSON adapter's first clean fixture (input.json) that it recognizes. */
export function jsonSeed(adapter: JsonAdapter): Buffer | undefined {
	for (const d of readdirSync(SOURCES, { withFileTypes: true })) {
		const dir = join(SOURCES, d.name, 'fixtures');
		if (!d.isDirectory() || !existsSync(dir)) continue;
		for (const c of readdirSync(dir).sort()) {
			const [input, expected] = ['input.json', 'expected.json'].map((f) => join(dir, c, f));
			if (!existsSync(input!) || !existsSync(expected!)) continue;
			if (JSON.parse(readFileSync(expected!, 'utf8')).error) continue;
			const bytes = readFileSync(input!);
			if (adapter.detectJson(JSON.parse(bytes.toString('utf8')))) return bytes;
		}
	}
	return undefined;
}
