/**
 * npm run data [-- --from DIR]
 *
 * Downloads every dataset from its official URL (or imports official files
 * found under DIR), normalizes them, and writes static/data/*.json and
 * static/data/manifest.json — all or nothing.
 *
 * Exit status: 0 all good; 1 a file was rejected or could not be downloaded
 * (the message says which, where and why); 2 usage error.
 */
import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ADAPTERS } from '../src/lib/sources/registry';
import { SourceError } from '../src/lib/sources/types';
import { DownloadError } from './pipeline/download';
import { projectFiles } from './pipeline/project-files';
import { run } from './pipeline/run';
import { formatCount } from '../src/lib/domain/format';

const USAGE = `Usage: npm run data [-- options]

  (no options)      download every dataset from its official URL
  --from DIR        import official files found anywhere under DIR instead
                    (or set DATA_FROM=DIR)
  --out DIR         where the JSON goes (default static/data)
  --raw DIR         where raw files and their manifest are kept (default data/raw)
  --mirror URL      download from a copy laid out as URL/<dataset id>/<file name>
                    instead of the official addresses (or set DATA_MIRROR=URL)
  --timeout SEC     give up on a download after SEC seconds without data (default 60)
  --retries N       retries per download, with doubling waits (default 4)
  --backoff SEC     the first wait before a retry (default 1)
  --quiet           no progress bars
  --help            this text

Exit status: 0 success; 1 a file was rejected or a download failed; 2 usage error.`;

function usage(message: string): never {
	console.error(`${message}\n\n${USAGE}`);
	process.exit(2);
}

async function main() {
	let args;
	try {
		args = parseArgs({
			options: {
				from: { type: 'string' },
				out: { type: 'string', default: 'static/data' },
				raw: { type: 'string', default: 'data/raw' },
				timeout: { type: 'string', default: '60' },
				retries: { type: 'string', default: '4' },
				backoff: { type: 'string', default: '1' },
				mirror: { type: 'string' },
				quiet: { type: 'boolean', default: false },
				help: { type: 'boolean', default: false }
			},
			allowPositionals: false
		}).values;
	} catch (e) {
		usage((e as Error).message);
	}
	if (args.help) {
		console.log(USAGE);
		return;
	}
	const from = args.from ?? process.env.DATA_FROM;
	if (from !== undefined && (!existsSync(from) || !statSync(from).isDirectory()))
		usage(`--from ${from}: no such folder.`);
	const timeout = Number(args.timeout);
	const retries = Number(args.retries);
	const backoff = Number(args.backoff);
	if (!(timeout > 0)) usage(`--timeout ${args.timeout}: expected a number of seconds above 0.`);
	if (!Number.isInteger(retries) || retries < 0)
		usage(`--retries ${args.retries}: expected a whole number of 0 or more.`);
	if (!(backoff >= 0)) usage(`--backoff ${args.backoff}: expected a number of seconds, 0 or more.`);
	const mirror = args.mirror ?? process.env.DATA_MIRROR;
	if (mirror !== undefined && !/^https?:\/\/[^/]/.test(mirror))
		usage(`--mirror ${mirror}: expected an http:// or https:// address.`);
	if (mirror !== undefined && from !== undefined)
		usage('--from imports files and --mirror downloads them: give one or the other.');

	const started = Date.now();
	try {
		const { manifest } = await run({
			from: from && resolve(from),
			mirror,
			outDir: resolve(args.out!),
			rawDir: resolve(args.raw!),
			adapters: ADAPTERS,
			...projectFiles(),
			download: {
				timeoutMs: timeout * 1000,
				retries,
				backoffMs: backoff * 1000,
				log: (l) => console.error(l),
				progress: !args.quiet
			},
			log: (l) => console.log(l),
			progress: !args.quiet
		});
		for (const d of manifest.datasets)
			console.log(
				`  ${d.id}: ${d.files.length} file(s), ${formatCount(d.rowsRead)} rows read, ` +
					`${formatCount(d.rowsSkipped)} left out with reasons, ${d.coverage.first} to ${d.coverage.last}`
			);
		console.log(`Wrote ${args.out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
	} catch (e) {
		if (e instanceof SourceError || e instanceof DownloadError) {
			console.error(
				`\nRejected: ${e.message}\nNothing was changed: ${args.out} and ${args.raw} are as they were.`
			);
			process.exit(1);
		}
		throw e;
	}
}

main().catch((e) => {
	console.error(e instanceof Error ? (e.stack ?? e.message) : e);
	process.exit(1);
});
