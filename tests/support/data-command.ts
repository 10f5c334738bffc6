/**
 * Running the data command as a user does (a child process) and taking
 * byte-for-byte snapshots of its output folders, for tests that a failed run
 * changes nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
/** what `npm run data` runs, without npm: it would add seconds to every run */
const COMMAND = [process.execPath, 'scripts/run.mjs', 'scripts/data.ts', '--quiet'] as const;

export interface DataRun {
	status: number | null;
	/** stdout and stderr together */
	out: string;
}

export function runDataSync(args: string[], env: NodeJS.ProcessEnv = {}): DataRun {
	const r = spawnSync(COMMAND[0], [...COMMAND.slice(1), ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		timeout: 120_000,
		env: { ...process.env, ...env }
	});
	return { status: r.status, out: r.stdout + r.stderr };
}

/** The same, without blocking: several runs (and a test's HTTP server) can go on at once. */
export function runData(args: string[], env: NodeJS.ProcessEnv = {}): Promise<DataRun> {
	return new Promise((done, fail) => {
		const child = spawn(COMMAND[0], [...COMMAND.slice(1), ...args], {
			cwd: ROOT,
			env: { ...process.env, ...env }
		});
		let out = '';
		child.stdout.on('data', (b) => (out += b));
		child.stderr.on('data', (b) => (out += b));
		const timer = setTimeout(() => child.kill(), 120_000);
		child.on('error', fail);
		child.on('close', (status) => {
			clearTimeout(timer);
			done({ status, out });
		});
	});
}

/** Every file under `dir`, by relative path, as base64. */
export function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else out[relative(dir, p)] = readFileSync(p, 'base64');
		}
	};
	walk(dir);
	return out;
}
