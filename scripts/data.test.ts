/**
 * The data command as a user runs it: exit status, messages, and the promise
 * that a failed run leaves the previous output byte-for-byte as it was.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { runDataSync as runData, snapshot } from '../tests/support/data-command';
import { sharedFile } from '../tests/support/shared-data';

const T404 =
	'cdc-vsrr/cdc_api_provisional_overdose_counts__T40.4_synthetic_opioids_2015-01_to_2026-01.csv';

let work: string;
let good: string | null;
beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'data-cli-'));
	const src = sharedFile(T404);
	good = src && join(work, 'good');
	if (src) {
		mkdirSync(good!, { recursive: true });
		cpSync(src, join(good!, 'vsrr.csv'));
	}
});

test('a usage error exits with status 2 and says what is wrong', () => {
	const r = runData(['--from', '/no/such/folder']);
	expect(r.status).toBe(2);
	expect(r.out).toContain('--from /no/such/folder: no such folder.');
	expect(runData(['--frm', 'x']).status).toBe(2);
	const ftp = runData(['--mirror', 'ftp://example.org/']);
	expect(ftp.status).toBe(2);
	expect(ftp.out).toContain(
		'--mirror ftp://example.org/: expected an http:// or https:// address.'
	);
	expect(runData(['--backoff', '-1']).status).toBe(2);
});

test('a rejected file exits with 1, names file, row and column, and leaves the old output untouched', (ctx) => {
	if (!good) return ctx.skip(`${T404} is not here`);
	const out = join(work, 'out');
	const raw = join(work, 'raw');
	const first = runData(['--from', good, '--out', out, '--raw', raw]);
	expect(first.status, first.out).toBe(0);
	const before = { out: snapshot(out), raw: snapshot(raw) };
	expect(Object.keys(before.out)).toContain('manifest.json');

	const bad = join(work, 'bad');
	mkdirSync(bad, { recursive: true });
	const lines = readFileSync(join(good, 'vsrr.csv'), 'utf8').split('\n');
	const i = lines.findIndex((l) => /,\d+,\d+$/.test(l));
	lines[i] = lines[i]!.replace(/,(\d+),(\d+)$/, ',12O,$2'); // a letter O where a digit belongs
	writeFileSync(join(bad, 'vsrr.csv'), lines.join('\n'));
	const second = runData(['--from', bad, '--out', out, '--raw', raw]);
	expect(second.status).toBe(1);
	expect(second.out).toContain(
		`vsrr.csv, row ${i + 1}, column "data_value": expected a number, found "12O"`
	);
	expect(second.out).toContain('Nothing was changed');
	expect(snapshot(out)).toEqual(before.out);
	expect(snapshot(raw)).toEqual(before.raw);
});

test('a dataset whose rows are all left out is refused, not swapped in empty', () => {
	const dir = join(work, 'all-left-out');
	mkdirSync(dir, { recursive: true });
	cpSync(
		'src/lib/sources/cdc-vsrr-state/fixtures/all-rows-left-out/input.csv',
		join(dir, 'vsrr.csv')
	);
	const out = join(work, 'empty-out');
	const r = runData(['--from', dir, '--out', out, '--raw', join(work, 'empty-raw')]);
	expect(r.status).toBe(1);
	expect(r.out).toContain(
		'Rejected: vsrr.csv: expected at least one row of cdc-vsrr-state data this dashboard can use, found 2 rows, all left out'
	);
	expect(existsSync(out)).toBe(false);
});
