/**
 * The built site, served once for every section that opens it in a browser:
 * `npm run build`, then vite preview (as the end-to-end tests serve it) on a
 * free port, stopped when the bench ends. With BENCH_URL the sections measure
 * a site that is already served instead, and nothing is built.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
let served: Promise<string> | undefined;
let server: ChildProcess | undefined;

/** The base URL of the built site (no trailing slash); the first call builds and serves it. */
export function site(log: (line: string) => void): Promise<string> {
	const given = process.env.BENCH_URL;
	if (given) return Promise.resolve(given.replace(/\/$/, ''));
	served ??= buildAndServe(log);
	return served;
}

async function buildAndServe(log: (line: string) => void): Promise<string> {
	log('npm run build');
	const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
	if (build.status !== 0)
		throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
	const port = await freePort();
	// vite itself, not npx, so that stopping the child stops the server
	server = spawn(
		process.execPath,
		[
			'node_modules/vite/bin/vite.js',
			'preview',
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
			'--strictPort'
		],
		{ cwd: ROOT, stdio: 'ignore' }
	);
	process.once('exit', () => server?.kill());
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 150; i++) {
		if (
			await fetch(url).then(
				(r) => r.ok,
				() => false
			)
		)
			return url;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`vite preview did not start on ${url}`);
}

/** Stops the server this process started, if any. */
export function stopSite(): void {
	server?.kill();
	server = undefined;
	served = undefined;
}

/** A port nothing listens on now (the e2e ports 4173, 4501, 4601, 4701 are never picked: the OS chooses). */
function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
	});
}
