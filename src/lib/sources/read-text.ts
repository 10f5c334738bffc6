/**
 * Reads a whole CSV held in memory (a test fixture, a small user file) through
 * the same Feeder, text normalization and quote checks the streaming readers use.
 */
import Papa from 'papaparse';
import { CSV_CONFIG, normalizeText, quoteError } from './csv-text';
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
	const { data, errors } = Papa.parse<string[]>(normalizeText(text), CSV_CONFIG);
	const bad = quoteError(errors, name, 0);
	// Rows before a broken one are read first, as when streaming, so the first
	// problem in the file is the one reported; a footer after the data is not read.
	feeder.rows(bad ? data.slice(0, bad.row! - 1) : data);
	if (bad && !feeder.stopped) {
		feeder.settle();
		throw bad;
	}
	return feeder.end();
}

/** A whole CSV text as rows, split as the readers split it; a broken quote stops it with the row. */
export function csvRows(text: string, name: string): string[][] {
	const { data, errors } = Papa.parse<string[]>(normalizeText(text), CSV_CONFIG);
	const bad = quoteError(errors, name, 0);
	if (bad) throw bad;
	return data;
}
