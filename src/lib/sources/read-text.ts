/**
 * Reads a whole CSV held in memory (a test fixture, a small user file) through
 * the same Feeder the streaming readers use.
 */
import Papa from 'papaparse';
import { Feeder } from './feed';
import type { CsvAdapter, ReadContext } from './types';

export function readCsvText(
	text: string,
	name: string,
	adapters: readonly CsvAdapter[],
	ctx: ReadContext,
	only?: CsvAdapter
) {
	const feeder = new Feeder(name, adapters, ctx, only);
	const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
		delimiter: ',',
		skipEmptyLines: false
	});
	feeder.rows(data);
	return feeder.end();
}
