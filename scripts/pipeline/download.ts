/**
 * Downloads one official file: a timeout while waiting for bytes, retries with
 * exponential backoff for network errors, 5xx, 429 and cut-short bodies, and
 * no retry for answers that will not change (404, 403). The body is streamed
 * to `<dest>.part` and renamed only when complete.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Progress } from './progress';

export interface DownloadOptions {
	/** abort when no byte has arrived for this long */
	timeoutMs: number;
	retries: number;
	/** first backoff delay; doubles on each retry */
	backoffMs: number;
	log?: (line: string) => void;
	/** a progress bar on the terminal (default true) */
	progress?: boolean;
}

export interface Downloaded {
	sha256: string;
	bytes: number;
}

export class DownloadError extends Error {
	constructor(
		message: string,
		readonly offline = false
	) {
		super(message);
		this.name = 'DownloadError';
	}
}

const OFFLINE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNREFUSED']);

function causeCode(e: unknown): string {
	const c = (e as { cause?: { code?: string } })?.cause;
	return c?.code ?? (e as { code?: string })?.code ?? '';
}

/** Network failures in words; the code stays in brackets for whoever searches it. */
const IN_WORDS: Record<string, string> = {
	ECONNRESET: 'the connection was reset',
	UND_ERR_SOCKET: 'the server closed the connection early',
	EPIPE: 'the connection broke',
	ETIMEDOUT: 'the connection timed out',
	UND_ERR_HEADERS_TIMEOUT: 'the server sent no answer',
	UND_ERR_BODY_TIMEOUT: 'the server stopped sending'
};

const seconds = (ms: number) => `${ms < 10_000 ? (ms / 1000).toFixed(1) : Math.round(ms / 1000)} s`;

class Retryable extends Error {}

async function attempt(url: string, dest: string, o: DownloadOptions): Promise<Downloaded> {
	const controller = new AbortController();
	let bytes = 0;
	let expected = NaN;
	const cutShort = () => new Retryable(`the body was cut short: ${bytes} of ${expected} bytes`);
	let timer = setTimeout(() => controller.abort(), o.timeoutMs);
	const touch = () => {
		clearTimeout(timer);
		timer = setTimeout(() => controller.abort(), o.timeoutMs);
	};
	try {
		const res = await fetch(url, { signal: controller.signal, redirect: 'follow' });
		if (res.status >= 500 || res.status === 429)
			throw new Retryable(`HTTP ${res.status} ${res.statusText}`);
		if (!res.ok || !res.body)
			throw new DownloadError(
				`${url} answered HTTP ${res.status} ${res.statusText}; the file may have moved. Check the dataset's page.`
			);
		// fetch unpacks gzip, so Content-Length (packed bytes) can be checked only for plain bodies.
		const packed = (res.headers.get('content-encoding') ?? 'identity') !== 'identity';
		expected = packed ? NaN : Number(res.headers.get('content-length') ?? NaN);
		const progress =
			o.progress === false
				? undefined
				: new Progress(
						url.replace(/^https?:\/\//, '').slice(0, 60),
						Number.isFinite(expected) ? expected : undefined
					);
		const hash = createHash('sha256');
		const out = createWriteStream(`${dest}.part`);
		try {
			for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
				touch();
				bytes += chunk.length;
				hash.update(chunk);
				if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
				progress?.update(bytes);
			}
		} finally {
			await new Promise<void>((r) => out.end(() => r()));
		}
		if (Number.isFinite(expected) && bytes !== expected) throw cutShort();
		progress?.done(bytes);
		await rename(`${dest}.part`, dest);
		return { sha256: hash.digest('hex'), bytes };
	} catch (e) {
		await rm(`${dest}.part`, { force: true });
		if (e instanceof DownloadError || e instanceof Retryable) throw e;
		if (controller.signal.aborted)
			throw new Retryable(`no data for ${seconds(o.timeoutMs)} (timed out)`);
		if (bytes < expected) throw cutShort();
		const code = causeCode(e);
		if (OFFLINE.has(code)) throw new DownloadError(code, true);
		throw new Retryable(
			IN_WORDS[code] ? `${IN_WORDS[code]} (${code})` : code || (e as Error).message
		);
	} finally {
		clearTimeout(timer);
	}
}

export async function download(url: string, dest: string, o: DownloadOptions): Promise<Downloaded> {
	const host = new URL(url).host;
	let last = '';
	for (let i = 0; i <= o.retries; i++) {
		try {
			return await attempt(url, dest, o);
		} catch (e) {
			if (e instanceof DownloadError && e.offline && i === o.retries)
				throw new DownloadError(
					`Could not reach ${host} (${e.message}): this machine seems to have no internet connection. ` +
						'To import official files you already have, run: npm run data -- --from <folder>',
					true
				);
			if (e instanceof DownloadError && !e.offline) throw e;
			last = e instanceof Error ? e.message : String(e);
			if (i < o.retries) {
				const wait = o.backoffMs * 2 ** i;
				o.log?.(`  ${host}: ${last}; retrying in ${seconds(wait)} (${i + 1} of ${o.retries})`);
				await new Promise((r) => setTimeout(r, wait));
			}
		}
	}
	throw new DownloadError(
		`${url} failed after ${o.retries + 1} attempts: ${last}. The previous data is kept.`
	);
}
