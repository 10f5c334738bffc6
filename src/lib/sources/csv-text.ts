/**
 * How every reader turns text into CSV rows, shared by the pipeline (Node
 * streams), tests and the browser (a user's file), so all of them agree on
 * the same bytes: the byte-order mark dropped, any mix of CRLF, LF and CR line
 * ends read as one, commas only (a semicolon file is told so, not guessed),
 * and papaparse's quote errors turned into messages that name the row.
 */
import type { ParseConfig, ParseError } from 'papaparse';
import { SourceError } from './types';

/** papaparse settings for official files: never guessed, so no file is read two ways. */
export const CSV_CONFIG = {
	delimiter: ',',
	newline: '\n',
	quoteChar: '"',
	skipEmptyLines: false
} as const satisfies ParseConfig;

/**
 * A row longer than this (in characters) is not a row of an official file:
 * a quote that never closes, or no line ends at all. Reading stops there
 * instead of holding the rest of the file in memory.
 */
export const MAX_ROW_CHARS = 4 * 1024 * 1024;

/**
 * Drops a leading BOM and turns CRLF and lone CR into LF, across chunk
 * boundaries (a CR at the end of one chunk and an LF at the start of the
 * next are one line end).
 */
export class TextNormalizer {
	private first = true;
	private pendingCr = false;

	push(text: string): string {
		if (this.first && text.length) {
			this.first = false;
			if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
		}
		if (this.pendingCr && text.charCodeAt(0) === 10) text = text.slice(1);
		this.pendingCr = text.charCodeAt(text.length - 1) === 13;
		return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
	}
}

/**
 * Bytes to text as the readers decode them: UTF-8 when the bytes are valid
 * UTF-8, Latin-1 otherwise (Census's county file). 'latin1' is the web's
 * label for Windows-1252, which every browser and Node decode alike. For a whole file in memory
 * (a user's dropped file, a test); the pipeline streams with the same rule.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'latin1' } {
	try {
		// ignoreBOM: the BOM is dropped once, by TextNormalizer, as when streaming.
		const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
		return { text: utf8.decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('latin1').decode(bytes), encoding: 'latin1' };
	}
}

/** A whole text, normalized as the streaming readers normalize it. */
export const normalizeText = (text: string): string => new TextNormalizer().push(text);

/**
 * papaparse's first quote error in a parsed block, as a SourceError naming the
 * spreadsheet row; `rowsBefore` is how many rows came before the block.
 */
export function quoteError(
	errors: readonly ParseError[],
	file: string,
	rowsBefore: number
): SourceError | null {
	const bad = errors.find((e) => e.type === 'Quotes');
	if (!bad) return null;
	const row = rowsBefore + (bad.row ?? 0) + 1;
	return bad.code === 'MissingQuotes'
		? new SourceError(
				file,
				row,
				null,
				'a closing quote',
				'a quoted value that never ends',
				'The file may be cut short; download it again.'
			)
		: new SourceError(
				file,
				row,
				null,
				'a comma or a line end after a closing quote',
				'more text after the quote',
				'A quote inside a value must be doubled ("").'
			);
}

/** The error for a row that runs on past MAX_ROW_CHARS. */
export function runawayRow(file: string, row: number): SourceError {
	return new SourceError(
		file,
		row,
		null,
		`a row shorter than ${MAX_ROW_CHARS / 1024 / 1024} MB`,
		'a row that runs on without end',
		'A quote may never be closed, or the file is not comma-separated text.'
	);
}
