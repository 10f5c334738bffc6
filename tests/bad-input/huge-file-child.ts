/**
 * Reads one file through the pipeline's streaming reader in a process of its
 * own, sampling memory as it goes, and prints one JSON line: rows, skips,
 * series, peak RSS and RSS samples (MB). Run by huge-file.test.ts.
 */
import { readCsvFile } from '../../scripts/pipeline/read-csv';
import { BAD_CTX, CSV_ADAPTERS } from './seeds';

const path = process.argv[2]!;
const samples: number[] = [];
const timer = setInterval(() => samples.push(process.memoryUsage.rss() / 2 ** 20), 250);
const started = performance.now();
const r = await readCsvFile(path, {
	name: 'huge.csv',
	adapters: CSV_ADAPTERS,
	ctx: BAD_CTX,
	progress: false
});
clearInterval(timer);
console.log(
	JSON.stringify({
		seconds: (performance.now() - started) / 1000,
		bytes: r.bytes,
		rowsRead: r.rowsRead,
		skipped: r.skipped,
		series: r.series.length,
		points: r.series.reduce((n, s) => n + s.points.length, 0),
		peakRssMB: process.resourceUsage().maxRSS / 1024,
		samples
	})
);
