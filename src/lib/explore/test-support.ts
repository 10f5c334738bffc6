/** Helpers for the explore tests: a file as a stream of small byte chunks, read to the end; a few county names. */
import { ADAPTERS } from '../sources/registry';
import { csvAdapters } from '../sources/types';
import { CTX } from '../../../tests/support/geography';
import type { CountyName } from '../domain/county-names';
import { CountyIndex } from './county-match';
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

/** A few counties with the Census Bureau's names and FIPS codes (checked against its file in county-match.test.ts). */
export const COUNTIES: CountyName[] = [
	['39049', 'Franklin County', 'OH'],
	['42055', 'Franklin County', 'PA'],
	['51067', 'Franklin County', 'VA'],
	['51620', 'Franklin city', 'VA'],
	['51036', 'Charles City County', 'VA'],
	['24005', 'Baltimore County', 'MD'],
	['24510', 'Baltimore city', 'MD'],
	['29189', 'St. Louis County', 'MO'],
	['29510', 'St. Louis city', 'MO'],
	['29186', 'Ste. Genevieve County', 'MO'],
	['22071', 'Orleans Parish', 'LA'],
	['02020', 'Anchorage Municipality', 'AK'],
	['02050', 'Bethel Census Area', 'AK'],
	['02068', 'Denali Borough', 'AK'],
	['02110', 'Juneau City and Borough', 'AK'],
	['13089', 'DeKalb County', 'GA'],
	['35013', 'Doña Ana County', 'NM'],
	['32510', 'Carson City', 'NV'],
	['06037', 'Los Angeles County', 'CA']
].map(([fips, name, state]) => ({ fips: fips!, name: name!, state: state! }));

/** The geography with those counties' names loaded. */
export const PLACES = { ...CTX.geography, counties: new CountyIndex(COUNTIES, CTX.geography) };
