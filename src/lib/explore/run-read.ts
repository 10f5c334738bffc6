/**
 * One read of a file, as the worker runs it: open the file (or download the
 * address), stream it through papaparse into the FileReader, post progress
 * as it goes and the outcome at the end. Kept apart from the worker so the
 * same code runs in the unit tests.
 */
import type { CsvAdapter, ReadContext } from '../sources/types';
import { SourceError } from '../sources/types';
import { buffers } from './compact';
import { CountyIndex } from './county-match';
import { loadedFrom, pointCount } from './loaded';
import type { ReadFailure, ReadRequest, WorkerMessage } from './protocol';
import { FileReader } from './reader';
import { parseCsvStream } from './stream';

export interface RunContext {
	adapters: readonly CsvAdapter[];
	ctx: ReadContext;
	/** `transfer`: buffers handed over rather than copied */
	post(message: WorkerMessage, transfer?: Transferable[]): void;
	fetch: typeof fetch;
	now(): number;
}

/** A download that failed before any row was read. */
class FetchFailure extends Error {
	constructor(
		readonly problem: string,
		readonly hint: string
	) {
		super(problem);
	}
}

const CORS_HINT =
	'The site may not let other sites read its files (CORS), or the address may be wrong. Download the file and choose it above instead.';

async function open(
	req: ReadRequest,
	f: typeof fetch
): Promise<{ stream: ReadableStream<Uint8Array>; total: number | null }> {
	const { source } = req;
	if (source.kind === 'file') return { stream: source.file.stream(), total: source.file.size };
	let url: URL;
	try {
		url = new URL(source.url);
	} catch {
		throw new FetchFailure(
			'this is not a web address',
			'Paste the full address, starting with https://'
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new FetchFailure(
			'this is not a web address',
			'Paste the full address, starting with https://'
		);
	let res: Response;
	try {
		// no cookies or credentials go with the request
		res = await f(url.href, { credentials: 'omit', referrerPolicy: 'no-referrer' });
	} catch {
		throw new FetchFailure(`the file at ${url.href} could not be downloaded`, CORS_HINT);
	}
	if (!res.ok || !res.body)
		throw new FetchFailure(
			`the site answered “${res.status} ${res.statusText}” for ${url.href}`,
			'Check the address: it should be the CSV file itself.'
		);
	const length = Number(res.headers.get('content-length'));
	return { stream: res.body, total: length > 0 ? length : null };
}

export function failureOf(e: unknown): ReadFailure {
	if (e instanceof SourceError) {
		const where = [
			e.row === null ? '' : `Row ${e.row}`,
			e.column === null ? '' : `column “${e.column}”`
		]
			.filter(Boolean)
			.join(', ');
		return { where, problem: `expected ${e.expected}, found ${e.found}`, hint: e.hint };
	}
	if (e instanceof FetchFailure) return { where: '', problem: e.problem, hint: e.hint };
	return {
		where: '',
		problem: `the file could not be read (${e instanceof Error ? e.message : String(e)})`,
		hint: 'Check that it is a CSV file saved as text.'
	};
}

export async function runRead(req: ReadRequest, rc: RunContext): Promise<void> {
	const name = req.source.kind === 'file' ? req.source.file.name : req.source.url;
	const options = {
		adapters: rc.adapters,
		ctx: rc.ctx,
		mapping: req.mapping,
		ownData: req.ownData,
		counties: req.counties && new CountyIndex(req.counties, rc.ctx.geography)
	};
	let reader = new FileReader(name, options);
	let total: number | null = null;
	let last = -Infinity;
	try {
		const stats = await parseCsvStream(
			async () => {
				const opened = await open(req, rc.fetch);
				total = opened.total;
				return opened.stream;
			},
			{
				name,
				onRows: (rows) => reader.rows(rows),
				onProgress: (bytes, rows) => {
					// a few updates a second are enough for a progress bar
					if (rc.now() - last < 100) return;
					last = rc.now();
					rc.post({ type: 'progress', bytes, total, rows });
				},
				restart: () => (reader = new FileReader(name, options))
			}
		);
		rc.post({
			type: 'progress',
			bytes: stats.bytes,
			total: stats.stopped ? stats.bytes : total,
			rows: stats.rows
		});
		const outcome = reader.end();
		if (outcome.kind === 'needs-mapping')
			return rc.post({ type: 'needs-mapping', inspection: outcome.inspection });
		const loaded = loadedFrom(outcome, {
			name,
			bytes: stats.bytes,
			loadedAt: new Date(rc.now()).toISOString(),
			mapping: req.mapping
		});
		if (!pointCount(loaded))
			throw new SourceError(
				name,
				loaded.problems[0]?.row ?? null,
				loaded.problems[0]?.column || null,
				'at least one row that can be read',
				loaded.problems[0] ? `none (the first: ${loaded.problems[0].reason})` : 'no rows',
				'Check the columns chosen for the date, the place and the value.'
			);
		rc.post({ type: 'done', loaded }, buffers(loaded.data));
	} catch (e) {
		rc.post({ type: 'failed', failure: failureOf(e) });
	}
}
