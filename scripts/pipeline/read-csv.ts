/**
 * Streams one CSV file from disk through papaparse into the shared Feeder, so
 * memory stays flat however large the file grows. UTF-8 is tried first; a file
 * that is not valid UTF-8 (Census's Latin-1 county file) is read again as
 * Latin-1.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import Papa from 'papaparse';
import { Feeder, type Identified } from '../../src/lib/sources/feed';
import {
	SourceError,
	type CsvAdapter,
	type FileResult,
	type ReadContext
} from '../../src/lib/sources/types';
import { Progress } from './progress';

export type Encoding = 'utf-8' | 'latin1';
export type ReadResult = FileResult & Identified & { encoding: Encoding; bytes: number };

class NotUtf8 extends Error {}

function decoder(encoding: Encoding): Transform {
	const d = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
	return new Transform({
		readableObjectMode: true,
		transform(chunk: Buffer, _enc, done) {
			try {
				done(null, d.decode(chunk, { stream: true }));
			} catch {
				done(new NotUtf8());
			}
		},
		flush(done) {
			try {
				const rest = d.decode();
				done(null, rest || undefined);
			} catch {
				done(new NotUtf8());
			}
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
		let rows = 0;
		let failed = false;
		const fail = (e: unknown) => {
			if (failed) return;
			failed = true;
			source.destroy();
			reject(e);
		};
		const source = createReadStream(path, { highWaterMark: 1 << 20 });
		source.on('data', (b) => {
			bytes += b.length;
			progress?.update(bytes, rows);
		});
		const text: Readable = source.pipe(decoder(encoding));
		text.on('error', fail);
		Papa.parse(text as unknown as File, {
			delimiter: ',',
			skipEmptyLines: false,
			chunk(results, parser) {
				if (failed) return parser.abort();
				const bad = results.errors.find((e) => e.type === 'Quotes');
				try {
					if (bad)
						throw new SourceError(
							name,
							(bad.row ?? 0) + rows + 1,
							null,
							'a closing quote',
							'a quoted value that never ends'
						);
					feeder.rows(results.data as string[][]);
					rows += results.data.length;
				} catch (e) {
					fail(e); // before abort(): abort() calls complete() at once
					parser.abort();
				}
			},
			complete() {
				if (failed) return;
				try {
					const result = feeder.end();
					progress?.done(bytes, rows);
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
