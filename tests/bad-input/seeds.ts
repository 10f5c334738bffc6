/**
 * The good files the bad-input corpus is made from: every CSV adapter's golden
 * fixtures (src/lib/sources/<id>/fixtures/<case>/input.csv) that its
 * expected.json says read cleanly. Every adapter in the registry is covered,
 * including ones added after this corpus was written.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { CSV_CONFIG, decodeBytes, normalizeText } from '../../src/lib/sources/csv-text';
import { identify } from '../../src/lib/sources/feed';
import { ADAPTERS } from '../../src/lib/sources/registry';
import { readCsvText } from '../../src/lib/sources/read-text';
import { csvAdapters, type CsvAdapter, type ReadContext } from '../../src/lib/sources/types';
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

export function fixtures(adapter: CsvAdapter): Fixture[] {
	const dir = join(SOURCES, adapter.id, 'fixtures');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter(
			(c) => existsSync(join(dir, c, 'input.csv')) && existsSync(join(dir, c, 'expected.json'))
		)
		.sort()
		.map((c) => ({
			adapter,
			name: `${adapter.id}/${c}`,
			path: join(dir, c, 'input.csv'),
			expected: JSON.parse(readFileSync(join(dir, c, 'expected.json'), 'utf8'))
		}));
}

const blank = (r: readonly string[]) => r.every((c) => c.trim() === '');

function split(f: Fixture): Seed {
	const bytes = readFileSync(f.path);
	const rows = Papa.parse<string[]>(normalizeText(decodeBytes(bytes).text), CSV_CONFIG).data;
	const found = identify(rows.slice(0, 8), [f.adapter]);
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
