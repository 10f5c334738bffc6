/**
 * The data command downloading from a server this test runs on 127.0.0.1
 * (through --mirror, which replaces the official addresses): a timeout, a
 * 500 then success, a reset connection, a cut-short body, a changed header at
 * the source and a 404. It retries what may pass with short waits, gives up
 * with a message that says what happened, and a failed run leaves the last
 * good data byte-for-byte in place, still valid for the site to build from.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDatasetFile } from '../src/lib/domain/dataset-file';
import { ManifestSchema } from '../src/lib/domain/manifest';
import { runData, snapshot } from '../tests/support/data-command';
import { ADAPTERS } from '../src/lib/sources/registry';
import { isJsonAdapter } from '../src/lib/sources/types';
import { jsonSeed, primarySeed, rebuild, unparse, type Seed } from '../tests/bad-input/seeds';

type Behaviour = (req: IncomingMessage, res: ServerResponse, attempt: number) => void;

const work = mkdtempSync(join(tmpdir(), 'data-download-'));
const withDownloads = ADAPTERS.filter((a) => a.downloads?.length);
/** What the mirror serves at /<dataset>/<file> when all is well: each adapter's first clean fixture. */
const files = new Map<string, { bytes: Buffer; seed?: Seed }>(
	withDownloads.flatMap((a) => {
		const seed = isJsonAdapter(a) ? undefined : primarySeed(a);
		const bytes = isJsonAdapter(a) ? jsonSeed(a) : seed?.bytes;
		return bytes ? a.downloads!.map((d) => [`/${a.id}/${d.name}`, { bytes, seed }] as const) : [];
	})
);
const downloads = withDownloads.reduce((n, a) => n + a.downloads!.length, 0);
const served = (req: IncomingMessage) => files.get(decodeURIComponent(req.url ?? ''))!;
const ok: Behaviour = (req, res) => {
	const body = files.get(decodeURIComponent(req.url ?? ''))?.bytes;
	if (!body) return res.writeHead(404).end();
	res.writeHead(200, { 'content-type': 'text/csv', 'content-length': body.length }).end(body);
};

let behaviour: Behaviour = ok;
let requests = 0;
let server: Server;
let mirror: string;
const seeded = { out: join(work, 'good', 'data'), raw: join(work, 'good', 'raw') };
let before: { out: Record<string, string>; raw: Record<string, string> };

/** Runs the command against the mirror, on a copy of the good run's folders. */
async function download(name: string, how: Behaviour) {
	behaviour = how;
	requests = 0;
	const dir = join(work, name);
	cpSync(join(work, 'good'), dir, { recursive: true });
	const r = await runData([
		'--mirror',
		mirror,
		'--out',
		join(dir, 'data'),
		'--raw',
		join(dir, 'raw'),
		'--timeout',
		'0.5',
		'--retries',
		'2',
		'--backoff',
		'0.2'
	]);
	return { ...r, requests, data: join(dir, 'data'), raw: join(dir, 'raw') };
}

function unchanged(r: { data: string; raw: string; out: string }) {
	expect(r.out).toContain('Nothing was changed');
	expect(snapshot(r.data)).toEqual(before.out);
	expect(snapshot(r.raw)).toEqual(before.raw);
}

beforeAll(async () => {
	server = createServer((req, res) => {
		requests++;
		behaviour(req, res, requests);
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
	const r = await runData(['--mirror', mirror, '--out', seeded.out, '--raw', seeded.raw]);
	if (r.status !== 0) throw new Error(`the good download failed:\n${r.out}`);
	before = { out: snapshot(seeded.out), raw: snapshot(seeded.raw) };
}, 120_000);

afterAll(async () => {
	server.closeAllConnections();
	await new Promise((r) => server.close(r));
	rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!withDownloads.length)('downloads through a mirror', () => {
	test('every dataset with a download address has a fixture for the mirror to serve', () => {
		expect(files.size).toBe(downloads);
	});

	test('a good download records the address it came from, and the site can read the result', () => {
		const manifest = v.parse(
			ManifestSchema,
			JSON.parse(readFileSync(join(seeded.out, 'manifest.json'), 'utf8'))
		);
		expect(manifest.datasets.map((d) => d.id).sort()).toEqual(
			withDownloads.map((a) => a.id).sort()
		);
		for (const d of manifest.datasets) {
			for (const f of d.files) expect(f.source.startsWith(mirror)).toBe(true);
			for (const rel of Object.values(d.outputs.byMeasure))
				parseDatasetFile(JSON.parse(readFileSync(join(seeded.out, rel), 'utf8')));
		}
	});

	test('a server that never answers: three attempts, then a clear failure', async () => {
		const r = await download('timeout', () => {});
		expect(r.status, r.out).toBe(1);
		expect(r.requests).toBe(3);
		expect(r.out).toContain('no data for 0.5 s (timed out); retrying in 0.2 s (1 of 2)');
		expect(r.out).toMatch(
			/failed after 3 attempts: no data for 0\.5 s \(timed out\)\. The previous data is kept\./
		);
		unchanged(r);
	});

	test('HTTP 500, then success: retried after a wait, and the data is written', async () => {
		const r = await download('500-then-ok', (req, res, n) =>
			n === 1 ? res.writeHead(500).end('busy') : ok(req, res, n)
		);
		expect(r.status, r.out).toBe(0);
		expect(r.out).toContain('HTTP 500 Internal Server Error; retrying in 0.2 s (1 of 2)');
		expect(r.requests).toBe(downloads + 1);
		// the same data as the good run; only the retrieval and generation times differ
		const data = (dir: string, rel: string) =>
			JSON.parse(readFileSync(join(dir, rel), 'utf8'), (k, v) =>
				k === 'retrievedAt' || k === 'generatedAt' ? '' : v
			);
		for (const rel of Object.keys(before.out).filter((k) => k !== 'manifest.json'))
			expect(data(r.data, rel), rel).toEqual(data(seeded.out, rel));
	});

	test('a connection reset: retried, then a clear failure', async () => {
		const r = await download('reset', (req) => req.socket.destroy());
		expect(r.status, r.out).toBe(1);
		expect(r.requests).toBe(3);
		expect(r.out).toMatch(
			/failed after 3 attempts: the (connection was reset|server closed the connection early)/
		);
		unchanged(r);
	});

	test('a body cut short of its Content-Length: retried, then a clear failure', async () => {
		const r = await download('truncated', (req, res) => {
			const body = served(req).bytes;
			res.writeHead(200, { 'content-length': body.length });
			res.write(body.subarray(0, body.length >> 1), () => req.socket.destroy());
		});
		expect(r.status, r.out).toBe(1);
		expect(r.requests).toBe(3);
		expect(r.out).toMatch(/failed after 3 attempts: the body was cut short: \d+ of \d+ bytes/);
		unchanged(r);
	});

	test('a changed header at the source: no retry, the column is named', async () => {
		const changed = [...files.values()].find((f) => f.seed)!.seed!.adapter;
		const r = await download('changed-header', (req, res) => {
			const { seed, bytes } = served(req);
			if (!seed || seed.adapter !== changed) return res.writeHead(200).end(bytes);
			const header = seed.header.map((h, i) => (i === 0 ? `${h} (new)` : h));
			res.writeHead(200).end(unparse(rebuild(seed, seed.data, header)));
		});
		expect(r.status, r.out).toBe(1);
		expect(r.requests).toBe(downloads);
		expect(r.out).toMatch(/Rejected: .*, row 1, column ".*": expected the columns of /);
		unchanged(r);
	});

	test('a 404: no retry, the address and the status are named', async () => {
		const r = await download('404', (_, res) => res.writeHead(404).end());
		expect(r.status, r.out).toBe(1);
		expect(r.requests).toBe(1);
		expect(r.out).toMatch(
			/Rejected: http:\/\/127\.0\.0\.1:\d+\/.* answered HTTP 404 Not Found; the file may have moved/
		);
		unchanged(r);
	});
});
