/**
 * npm start [-- --from DIR]
 *
 * Gets the data (downloads it, or imports official files from DIR or
 * $DATA_FROM), builds the static site, serves it on 127.0.0.1 and prints the
 * address. If the data step fails but an earlier run left data in place, the
 * site is built from that and the failure is reported.
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const PORT = process.env.PORT ?? '4173';
const npx = (args: string[]) => spawnSync('npx', args, { stdio: 'inherit' });

const data = spawnSync(
	process.execPath,
	['scripts/run.mjs', 'scripts/data.ts', ...process.argv.slice(2)],
	{ stdio: 'inherit' }
);
if (data.status === 2) process.exit(2);
if (data.status !== 0) {
	if (!existsSync('static/data/manifest.json')) {
		console.error(
			'\nNo data to build the site from. Fix the problem above, or run: npm start -- --from <folder of official files>'
		);
		process.exit(1);
	}
	console.error(
		'\nThe data step failed (see above); building the site from the data already in place.'
	);
}
if (npx(['vite', 'build', '--logLevel', 'warn']).status !== 0) process.exit(1);

const server = spawn(
	'npx',
	['vite', 'preview', '--host', '127.0.0.1', '--port', PORT, '--strictPort'],
	{ stdio: ['inherit', 'pipe', 'inherit'] }
);
server.stdout.on('data', (chunk: Buffer) => {
	if (chunk.toString().includes(PORT))
		console.log(`\nThe dashboard is running at http://127.0.0.1:${PORT}/  (Ctrl+C to stop)`);
});
server.on('exit', (code) => process.exit(code ?? 0));
