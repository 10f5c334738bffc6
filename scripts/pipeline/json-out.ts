/**
 * JSON written in pieces: the text of JSON.stringify(value), byte for byte,
 * without ever holding it whole. A dataset file runs to megabytes, and a
 * string that large goes straight to V8's old generation, where it stays
 * until the next full collection: written series by series, the pieces are
 * small and die young, and the run's peak memory stays low.
 *
 * Writes are synchronous: the pipeline has nothing else to do meanwhile, and
 * hundreds of files written through the thread pool spent more time waiting
 * for their turn than writing.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Pieces of JSON.stringify(value), the elements of its array `key` one at a time. */
export function* jsonPieces<T extends object>(value: T, key: keyof T & string): Generator<string> {
	const list = value[key] as unknown[];
	// Replacing a key keeps its place, so the text around the array is the whole text's.
	const text = JSON.stringify({ ...value, [key]: [] });
	// `"key":[]` cannot occur inside a string, where every quote is escaped.
	const at = text.indexOf(`${JSON.stringify(key)}:[]`) + key.length + 4;
	yield text.slice(0, at);
	for (let i = 0; i < list.length; i++) yield (i ? ',' : '') + JSON.stringify(list[i]);
	yield text.slice(at);
}

const BATCH = 1 << 16;

/** Writes the pieces to an open file (a descriptor) in batches of about 64 KB. */
export function writePieces(fd: number, pieces: Iterable<string>): void {
	let batch = '';
	for (const piece of pieces) {
		batch += piece;
		if (batch.length >= BATCH) {
			writeSync(fd, batch);
			batch = '';
		}
	}
	if (batch) writeSync(fd, batch);
}

/** Writes JSON.stringify(value) to `path`, the array `key` element by element. */
export function writeJson<T extends object>(path: string, value: T, key: keyof T & string): void {
	const fd = openSync(path, 'w');
	try {
		writePieces(fd, jsonPieces(value, key));
	} finally {
		closeSync(fd);
	}
}
