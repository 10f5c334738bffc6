/**
 * The bad-input corpus: each case turns a good file (a Seed) into a bad or
 * odd one, and says what must happen to it. Cases are made from every
 * adapter's golden fixtures, so a new adapter is covered without a new case.
 *
 * Outcomes:
 * - same:    read exactly as the good file (BOM, line ends, quoting, extra columns)
 * - same-data: the same data and counts; only row numbers in messages move
 * - error:   a SourceError naming the file and, where there is one, the row
 * - counted: the good file's data, plus one row left out and counted
 * - no-overwrite: a repeated row with one cell changed either stops the file at
 *            that row, adds new data, or is counted; it never silently changes a value
 */
import Papa from 'papaparse';
import { READ_CHUNK } from '../../scripts/pipeline/read-csv';
import { rebuild, unparse, type Seed } from './seeds';

export type Outcome =
	| { kind: 'same' }
	| { kind: 'same-data' }
	| { kind: 'error'; row?: number; says?: RegExp }
	| { kind: 'counted' }
	| { kind: 'no-overwrite'; row: number };

export interface Case {
	name: string;
	/** the bytes of the bad file, or null where the case does not apply to this adapter */
	make(s: Seed): Buffer | null;
	outcome(s: Seed): Outcome;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const text = (s: Seed) => s.bytes.toString('utf8').replace(/^\uFEFF/, '');
const headerRow = (s: Seed) => s.pre.length + 1;
/** spreadsheet row of the i-th data row */
const dataRow = (s: Seed, i: number) => headerRow(s) + 1 + i;
/** a row as wide as the header (files that leave trailing empty cells out) */
const full = (s: Seed, r: string[]) =>
	r.length < s.header.length ? [...r, ...Array<string>(s.header.length - r.length).fill('')] : r;
const withColumn = (s: Seed, name: string, value: string) =>
	rebuild(
		s,
		s.data.map((r) => [...full(s, r), value]),
		[...s.header, name]
	);
/** Latin-1 holds the text (Windows-1252 reads bytes 0x80–0x9F otherwise) */
const latin1 = (text: string) =>
	[...text].every((c) => {
		const code = c.charCodeAt(0);
		return code < 0x80 || (code >= 0xa0 && code <= 0xff);
	});
/** the first column the adapter's shape requires that this header holds */
const keyColumn = (s: Seed) => {
	const have = s.header.map((h) => h.replace(/^\uFEFF/, '').trim());
	const shape = s.adapter.headers.find((cols) => cols.every((c) => have.includes(c)));
	return have.indexOf(shape?.[0] ?? have[0]!);
};

const hasFooter = (s: Seed) => s.post.some((r) => r.some((c) => c.trim() !== ''));

/** A pseudo-random byte stream with NULs, as in a spreadsheet or an archive. */
function garbage(n: number): Buffer {
	const b = Buffer.alloc(n);
	let x = 2463534242;
	for (let i = 0; i < n; i++) {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		b[i] = x & 0xff;
	}
	return b;
}

export const CASES: Case[] = [
	{
		name: 'empty file',
		make: () => Buffer.alloc(0),
		outcome: () => ({ kind: 'error', says: /an empty file/ })
	},
	{
		name: 'header only',
		make: (s) => utf8(unparse([...s.pre, s.header])),
		outcome: (s) => ({ kind: 'error', row: headerRow(s) + 1, says: /the header and nothing else/ })
	},
	{
		name: 'byte-order mark',
		make: (s) => utf8(`\uFEFF${text(s)}`),
		outcome: () => ({ kind: 'same' })
	},
	{
		name: 'CRLF line ends',
		make: (s) => utf8(text(s).replace(/\r?\n/g, '\r\n')),
		outcome: () => ({ kind: 'same' })
	},
	{
		name: 'mixed CRLF, LF and CR line ends',
		make: (s) => {
			let i = 0;
			return utf8(text(s).replace(/\r?\n/g, () => ['\r\n', '\n', '\r'][i++ % 3]!));
		},
		outcome: () => ({ kind: 'same' })
	},
	{
		name: 'no line end after the last row',
		make: (s) => (hasFooter(s) ? null : utf8(text(s).replace(/[\r\n]+$/, ''))),
		outcome: () => ({ kind: 'same' })
	},
	{
		name: 'every value quoted',
		make: (s) => utf8(quoteAll(s)),
		outcome: () => ({ kind: 'same' })
	},
	{
		name: 'an extra column holding quoted commas, quotes and line breaks',
		make: (s) => utf8(unparse(withColumn(s, 'Comment', 'a, b\n"c"\r\nd'))),
		outcome: () => ({ kind: 'same' })
	},
	{
		name: 'Latin-1 text in an extra column',
		make: (s) => {
			const text = unparse(withColumn(s, 'Région', 'Montréal, Québec'));
			return latin1(text) ? Buffer.from(text, 'latin1') : null;
		},
		outcome: () => ({ kind: 'same' })
	},
	{
		name: 'a UTF-8 character split across a read boundary',
		make: (s) => {
			const header = [...s.header, 'Long'];
			const first = full(s, s.data[0]!);
			// bytes before the long cell: the rows above, then the first row's own cells
			const before =
				Buffer.byteLength(unparse([...s.pre, header])) +
				Buffer.byteLength(Papa.unparse([[...first, '']], { newline: '\n' }));
			const long = `${'x'.repeat(READ_CHUNK - before - 1)}é`;
			const data = s.data.map((r, i) => [...full(s, r), i === 0 ? long : '']);
			return utf8(unparse(rebuild(s, data, header)));
		},
		outcome: () => ({ kind: 'same' })
	},
	{
		name: 'blank lines between rows',
		make: (s) =>
			s.adapter.stopAtBlankLine
				? null
				: utf8(
						unparse(
							rebuild(
								s,
								s.data.flatMap((r) => [r, ['']])
							)
						)
					),
		outcome: () => ({ kind: 'same-data' })
	},
	{
		name: 'semicolons instead of commas',
		make: (s) => utf8(unparse(rebuild(s, s.data), ';')),
		outcome: () => ({ kind: 'error', says: /semicolons/ })
	},
	{
		name: 'tabs instead of commas',
		make: (s) => utf8(unparse(rebuild(s, s.data), '\t')),
		outcome: () => ({ kind: 'error', says: /tabs/ })
	},
	{
		name: 'a renamed column',
		make: (s) => {
			const header = [...s.header];
			header[keyColumn(s)] = `${header[keyColumn(s)]} (renamed)`;
			return utf8(unparse(rebuild(s, s.data, header)));
		},
		outcome: (s) => ({ kind: 'error', row: headerRow(s) })
	},
	{
		name: 'a missing column',
		make: (s) => {
			const k = keyColumn(s);
			const drop = (r: string[]) => r.filter((_, i) => i !== k);
			return utf8(unparse(rebuild(s, s.data.map(drop), drop(s.header))));
		},
		outcome: (s) => ({ kind: 'error', row: headerRow(s) })
	},
	{
		name: 'an extra column',
		make: (s) => utf8(unparse(withColumn(s, 'Extra', 'x'))),
		outcome: () => ({ kind: 'same' })
	},
	{
		name: 'a row with one value too many',
		make: (s) =>
			utf8(
				unparse(
					rebuild(
						s,
						s.data.map((r, i) => (i === 0 ? [...full(s, r), 'x'] : r))
					)
				)
			),
		outcome: (s) => ({ kind: 'error', row: dataRow(s, 0), says: /fields/ })
	},
	{
		name: 'a row cut short',
		make: (s) =>
			s.adapter.allowShortRows
				? null
				: utf8(
						unparse(
							rebuild(
								s,
								s.data.map((r, i) => (i === 0 ? r.slice(0, 2) : r))
							)
						)
					),
		outcome: (s) => ({ kind: 'error', row: dataRow(s, 0), says: /fields/ })
	},
	{
		name: 'a quote that never closes',
		make: (s) => {
			const rows = unparse(rebuild(s, s.data)).split('\n');
			const i = headerRow(s);
			rows[i] = `"${rows[i]}`;
			return utf8(rows.join('\n'));
		},
		outcome: (s) => ({ kind: 'error', row: dataRow(s, 0), says: /quote/ })
	},
	{
		name: 'text after a closing quote',
		make: (s) => {
			const rows = unparse(rebuild(s, s.data)).split('\n');
			rows[headerRow(s)] = `"a"b,${rows[headerRow(s)]}`;
			return utf8(rows.join('\n'));
		},
		outcome: (s) => ({ kind: 'error', row: dataRow(s, 0), says: /quote/ })
	},
	{
		name: 'an identical duplicate row',
		make: (s) => utf8(unparse(rebuild(s, [...s.data, s.data[0]!]))),
		outcome: () => ({ kind: 'counted' })
	},
	{
		name: 'a repeated row with its last number changed',
		make: (s) => {
			const row = [...s.data[0]!];
			const k = row.findLastIndex((c) => /^\s*-?[\d,]*[1-9][\d,]*(\.\d+)?\s*$/.test(c));
			if (k < 0) return null;
			row[k] = String(Number(row[k]!.replace(/,/g, '')) + 1);
			return utf8(unparse(rebuild(s, [...s.data, row])));
		},
		outcome: (s) => ({ kind: 'no-overwrite', row: dataRow(s, s.data.length) })
	},
	{
		name: 'binary data',
		make: () => garbage(64 * 1024),
		outcome: () => ({ kind: 'error', says: /binary data, not text/ })
	}
];

function quoteAll(s: Seed): string {
	const q = (r: string[]) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
	return `${[...s.pre, s.header, ...s.data].map(q).join('\n')}\n${unparse(s.post)}`;
}
