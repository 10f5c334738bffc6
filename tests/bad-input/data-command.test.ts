/**
 * The bad-input corpus through the data command itself (a child process, as a
 * user runs it), after a good run from every adapter's first clean fixture.
 * A failing run exits 1, names the file (and row, where there is one), and
 * leaves the output and raw folders byte-for-byte as the good run left them.
 * Every adapter's own error fixtures go through it too.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { runData, snapshot } from '../support/data-command';
import { CASES } from './corpus';
import { CSV_ADAPTERS, errorFixtures, primarySeed, type Seed } from './seeds';

const work = mkdtempSync(join(tmpdir(), 'bad-input-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

const first = CSV_ADAPTERS.map(primarySeed).filter((s): s is Seed => !!s);
const seeded = { out: join(work, 'good-out'), raw: join(work, 'good-raw') };
let before: { out: Record<string, string>; raw: Record<string, string> };

/** A folder of one file per dataset: the good seed, or `replace`'s bytes where it gives some. */
function folder(name: string, replace: (s: Seed) => Buffer | null): string {
	const dir = join(work, 'in', name.replace(/[^\w-]+/g, '_'));
	for (const s of first) {
		mkdirSync(join(dir, s.adapter.id), { recursive: true });
		writeFileSync(join(dir, s.adapter.id, 'seed.csv'), replace(s) ?? s.bytes);
	}
	return dir;
}

/** Runs the command on `from` against a copy of the good run's folders. */
async function runOnCopy(name: string, from: string) {
	const out = join(work, 'runs', name.replace(/[^\w-]+/g, '_'));
	cpSync(seeded.out, join(out, 'data'), { recursive: true });
	cpSync(seeded.raw, join(out, 'raw'), { recursive: true });
	const r = await runData(['--from', from, '--out', join(out, 'data'), '--raw', join(out, 'raw')]);
	return { ...r, out: r.out, data: join(out, 'data'), raw: join(out, 'raw') };
}

/** A dataset file without what differs between two runs of the same data (hashes, times). */
function comparable(dir: string, rel: string) {
	const f = JSON.parse(readFileSync(join(dir, rel), 'utf8'));
	return { ...f, retrievedAt: '', sources: f.sources.map((s: { name: string }) => s.name) };
}

beforeAll(async () => {
	const r = await runData([
		'--from',
		folder('good', () => null),
		'--out',
		seeded.out,
		'--raw',
		seeded.raw
	]);
	if (r.status !== 0) throw new Error(`the good run failed:\n${r.out}`);
	before = { out: snapshot(seeded.out), raw: snapshot(seeded.raw) };
}, 120_000);

describe.concurrent('each case of the corpus, for every dataset at once', () => {
	test.for(CASES)('$name', async (c, { expect }) => {
		const outcomes = first.map((s) => (c.make(s) ? c.outcome(s).kind : 'same'));
		const r = await runOnCopy(
			c.name,
			folder(c.name, (s) => c.make(s))
		);
		if (outcomes.includes('error')) {
			expect(r.status, r.out).toBe(1);
			expect(r.out).toMatch(/Rejected: .*seed\.csv/);
			expect(r.out).toContain('Nothing was changed');
		}
		if (r.status !== 0) {
			expect(r.status, r.out).toBe(1);
			expect(snapshot(r.data)).toEqual(before.out);
			expect(snapshot(r.raw)).toEqual(before.raw);
			return;
		}
		expect(outcomes.every((k) => k !== 'error')).toBe(true);
		const manifest = JSON.parse(readFileSync(join(r.data, 'manifest.json'), 'utf8'));
		const good = JSON.parse(readFileSync(join(seeded.out, 'manifest.json'), 'utf8'));
		for (const [i, d] of manifest.datasets.entries()) {
			const kind = outcomes[first.findIndex((s) => s.adapter.id === d.id)];
			expect(d.rowsSkipped).toBe(good.datasets[i].rowsSkipped + (kind === 'counted' ? 1 : 0));
			if (kind === 'same' || kind === 'same-data')
				for (const rel of Object.values(d.outputs.byMeasure))
					expect(comparable(r.data, rel as string)).toEqual(comparable(seeded.out, rel as string));
		}
	});
});

describe.concurrent("every adapter's error fixtures", () => {
	test.for(errorFixtures().map((f) => [f.name, f] as const))(
		'%s',
		async ([name, f], { expect }) => {
			// the good files, and the bad one beside them
			const dir = folder(name, () => null);
			const file = `${name.replace('/', '-')}.csv`;
			cpSync(f.path, join(dir, file));
			const r = await runOnCopy(name, dir);
			expect(r.status, r.out).toBe(1);
			// row and column as the fixture expects, under the name the command gave the file
			const where = f.expected.error!.split(': expected')[0]!.replace(/^[^,:]*/, '');
			expect(r.out).toContain(`Rejected: ${file}${where}: expected`);
			expect(snapshot(r.data)).toEqual(before.out);
			expect(snapshot(r.raw)).toEqual(before.raw);
		}
	);
});
