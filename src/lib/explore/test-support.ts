/** Helpers for the explore tests: a file as a stream of small byte chunks, read to the end. */
import { ADAPTERS } from '../sources/registry';
import { csvAdapters } from '../sources/types';
import { CTX } from '../../../tests/support/geography';
import { FileReader, type Outcome, type ReaderOptions } from './reader';
import { parseCsvStream } from './stream';

/** A stream that hands over `size` bytes at a time, so rows and quotes split across chunks. */
export function chunked(bytes: Uint8Array, size = 7): ReadableStream<Uint8Array> {
	let at = 0;
	return new ReadableStream({
		pull(c) {
			if (at >= bytes.length) return c.close();
			c.enqueue(bytes.slice(at, (at += size)));
		}
	});
}

export async function readText(
	text: string | Uint8Array,
	o: Partial<ReaderOptions> = {},
	name = 'test.csv',
	chunkBytes = 7
): Promise<Outcome> {
	const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
	const opts = { adapters: csvAdapters(ADAPTERS), ctx: CTX, ...o };
	let reader = new FileReader(name, opts);
	await parseCsvStream(() => chunked(bytes, chunkBytes), {
		name,
		onRows: (rows) => reader.rows(rows),
		restart: () => (reader = new FileReader(name, opts))
	});
	return reader.end();
}
