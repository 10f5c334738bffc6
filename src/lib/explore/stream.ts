/**
 * Parses a CSV byte stream (a File's or a fetch body's) with papaparse in
 * chunks, so memory stays flat however large the file: only one chunk of text
 * exists at a time. papaparse streams Node-style emitters; a small one is fed
 * from the web stream here, the same way the pipeline feeds it a Node stream.
 * UTF-8 is tried first; a file that is not valid UTF-8 (a Latin-1 export)
 * is read again as Windows-1252, as the pipeline does.
 */
import Papa from 'papaparse';
import { SourceError } from '../sources/types';

export type Encoding = 'utf-8' | 'windows-1252';

export interface ParseOptions {
	/** the file's name, in messages */
	name: string;
	/** gets each chunk of rows; returns false to stop reading */
	onRows(rows: string[][]): boolean;
	/** bytes read so far and rows parsed so far, after each chunk */
	onProgress?(bytes: number, rows: number): void;
}

export interface ParseStats {
	bytes: number;
	rows: number;
	encoding: Encoding;
	/** true when onRows asked to stop before the end of the file */
	stopped: boolean;
}

class NotUtf8 extends Error {}

/** Text handed to papaparse at once: big enough for a line, small enough to keep memory flat. */
const CHUNK_CHARS = 1 << 18;

type Listener = (arg?: unknown) => void;

/** The least of a Node readable that papaparse's ReadableStreamStreamer needs. */
function emitter() {
	const listeners = new Map<string, Listener[]>();
	return {
		readable: true as const,
		read() {},
		pause() {},
		resume() {},
		on(event: string, fn: Listener) {
			listeners.set(event, [...(listeners.get(event) ?? []), fn]);
		},
		removeListener(event: string, fn: Listener) {
			listeners.set(
				event,
				(listeners.get(event) ?? []).filter((f) => f !== fn)
			);
		},
		emit(event: string, arg?: unknown) {
			for (const fn of listeners.get(event) ?? []) fn(arg);
		}
	};
}

async function parseOnce(
	stream: ReadableStream<Uint8Array>,
	encoding: Encoding,
	o: ParseOptions
): Promise<ParseStats> {
	const input = emitter();
	const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
	let rows = 0;
	let bytes = 0;
	let failure: unknown = null;
	let stopped = false;
	let pending = '';
	Papa.parse(input as unknown as File, {
		delimiter: ',',
		skipEmptyLines: false,
		chunk(results, parser) {
			if (stopped || failure) return parser.abort();
			const bad = results.errors.find((e) => e.type === 'Quotes');
			try {
				if (bad)
					throw new SourceError(
						o.name,
						(bad.row ?? 0) + rows + 1,
						null,
						'a closing quote',
						'a quoted value that never ends',
						'A value opens a quote (") that is never closed: check that row in a text editor.'
					);
				rows += results.data.length;
				if (!o.onRows(results.data as string[][])) stopped = true;
			} catch (e) {
				failure = e;
			}
			if (stopped || failure) parser.abort();
		},
		// every row arrives through `chunk`; the end is the stream's own
		complete() {},
		error(e) {
			failure ??= e;
		}
	});
	const reader = stream.getReader();
	try {
		for (;;) {
			const { value, done } = await reader.read();
			if (stopped || failure) break;
			let text: string;
			try {
				text = done ? decoder.decode() : decoder.decode(value, { stream: true });
			} catch {
				throw new NotUtf8();
			}
			if (!done) bytes += value.byteLength;
			pending += text;
			// papaparse guesses the line ending from the first chunk it sees, so
			// chunks are gathered up to a size that surely holds a whole line
			if (done || pending.length >= CHUNK_CHARS) {
				if (pending) input.emit('data', pending);
				pending = '';
				o.onProgress?.(bytes, rows);
			}
			if (done) {
				input.emit('end');
				break;
			}
		}
	} finally {
		await reader.cancel().catch(() => {});
	}
	if (failure) throw failure;
	return { bytes, rows, encoding, stopped };
}

/**
 * Reads a CSV from a stream that `open` creates (called again when the file
 * has to be read a second time as Windows-1252).
 */
export async function parseCsvStream(
	open: () => Promise<ReadableStream<Uint8Array>> | ReadableStream<Uint8Array>,
	o: ParseOptions & { restart?(): void }
): Promise<ParseStats> {
	try {
		return await parseOnce(await open(), 'utf-8', o);
	} catch (e) {
		if (!(e instanceof NotUtf8)) throw e;
		o.restart?.();
		return parseOnce(await open(), 'windows-1252', o);
	}
}
