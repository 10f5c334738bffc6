/**
 * Streams one CSV file from disk through papaparse into the shared Feeder, so
 * memory stays flat however large the file grows. UTF-8 is tried first; a file
 * that is not valid UTF-8 (Census's Latin-1 county file) is read again as
 * Latin-1. A row that runs on for megabytes (a quote never closed, binary
 * data) stops the read instead of filling memory.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import Papa from 'papaparse';
import {
	CSV_CONFIG,
	MAX_ROW_CHARS,
	TextNormalizer,
	quoteError,
	runawayRow
} from '../../src/lib/sources/csv-text';
import { Feeder, type Identified } from '../../src/lib/sources/feed';
import type { CsvAdapter, FileResult, ReadContext } from '../../src/lib/sources/types';
import { Progress } from './progress';

export type Encoding = 'utf-8' | 'latin1';
export type ReadResult = FileResult & Identified & { encoding: Encoding; bytes: number };

class NotUtf8 extends Error {}

/**
 * 64 KB reads: each chunk's strings stay small enough for V8's young
 * generation and die young. With 1 MB reads they went to the large-object
 * space, and a 1 GB file took three times as long at 190 MB instead of 115 MB.
 */
export const READ_CHUNK = 1 << 16;

/** Where the last complete UTF-8 character of `b` ends (a chunk may split one). */
function completeEnd(b: Buffer): number {
	let i = b.length - 1;
	while (i >= 0 && i > b.length - 4 && (b[i]! & 0xc0) === 0x80) i--;
	if (i < 0) return b.length;
	const lead = b[i]!;
	const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
	return i + size > b.length ? i : b.length;
}

/**
 * Bytes in, normalized text out. UTF-8 is checked with Node's native
 * validator and decoded with Buffer#toString, several times faster than a
 * fatal TextDecoder.
 */
function decoder(encoding: Encoding): Transform {
	const text = new TextNormalizer();
	// The web's 'latin1' (Windows-1252), as the browser and decodeBytes read it.
	const latin1 = new TextDecoder('latin1');
	let carry: Buffer | null = null;
	return new Transform({
		readableObjectMode: true,
		transform(chunk: Buffer, _enc, done) {
			if (encoding === 'latin1') return done(null, text.push(latin1.decode(chunk)));
			const bytes: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
			const end = completeEnd(bytes);
			carry = end < bytes.length ? Buffer.from(bytes.subarray(end)) : null;
			const whole = bytes.subarray(0, end);
			if (!isUtf8(whole)) return done(new NotUtf8());
			done(null, text.push(whole.toString('utf8')));
		},
		flush(done) {
			done(carry ? new NotUtf8() : null);
		}
	});
}

export interface ReadOptions {
	/** the file's name in messages */
	name: string;
	adapters: readonly CsvAdapter[];
	ctx: ReadContext;
	/** the dataset the file was already identified as */
	only?: CsvAdapter;
	progress?: boolean;
}

function parseOnce(
	path: string,
	o: ReadOptions,
	encoding: Encoding,
	progress?: Progress
): Promise<ReadResult> {
	const { name } = o;
	return new Promise((resolve, reject) => {
		const feeder = new Feeder(name, o.adapters, o.ctx, o.only);
		let bytes = 0;
		let chars = 0;
		let failed = false;
		const fail = (e: unknown) => {
			if (failed) return;
			failed = true;
			source.destroy();
			reject(e);
		};
		const source = createReadStream(path, { highWaterMark: READ_CHUNK });
		source.on('data', (b) => {
			bytes += b.length;
			progress?.update(bytes, feeder.rowsSeen);
		});
		source.on('error', fail);
		const text = source.pipe(decoder(encoding));
		text.on('error', fail);
		// Registered before papaparse's own listener, so `chars` is current in `chunk`.
		text.on('data', (s: string) => void (chars += s.length));
		Papa.parse(text as unknown as File, {
			...CSV_CONFIG,
			chunk(results, parser) {
				if (failed) return parser.abort();
				try {
					const before = feeder.rowsSeen;
					const bad = quoteError(results.errors, name, before);
					const rows = results.data as string[][];
					feeder.rows(bad ? rows.slice(0, bad.row! - before - 1) : rows);
					// A footer after the data is not read at all.
					if (feeder.stopped) return parser.abort();
					// What papaparse holds back is the unfinished last row.
					const runaway = chars - results.meta.cursor > MAX_ROW_CHARS;
					if (bad || runaway) {
						feeder.settle();
						throw bad ?? runawayRow(name, feeder.rowsSeen + 1);
					}
				} catch (e) {
					fail(e); // before abort(): abort() calls complete() at once
					parser.abort();
				}
			},
			complete() {
				if (failed) return;
				try {
					const result = feeder.end();
					progress?.done(bytes, feeder.rowsSeen);
					source.destroy();
					resolve({ ...result, encoding, bytes });
				} catch (e) {
					fail(e);
				}
			},
			error: fail
		});
	});
}

/** Reads a whole file through the dataset it is (or, without `only`, whichever matches its header). */
export async function readCsvFile(path: string, o: ReadOptions): Promise<ReadResult> {
	const total = (await stat(path)).size;
	const progress = o.progress === false ? undefined : new Progress(o.name, total);
	try {
		return await parseOnce(path, o, 'utf-8', progress);
	} catch (e) {
		if (!(e instanceof NotUtf8)) throw e;
		return parseOnce(path, o, 'latin1', progress);
	}
}
