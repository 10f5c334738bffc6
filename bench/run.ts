/**
 * npm run bench — every benchmark in one go: prints one table and writes
 * bench/results.json. A benchmark is a Section (bench/<name>.ts) that returns
 * measurements; add one by listing it in SECTIONS.
 *
 * Benchmarks report; tests do not time things. Each measurement is a median
 * of several runs, because this machine is shared.
 */
import { writeFileSync } from 'node:fs';
import { ingest } from './ingest';

export interface Measurement {
	/** what was measured: 'full import (5 files, 7.7 MB)' */
	subject: string;
	metric: string;
	value: number;
	unit: string;
	/** the limit it is held to, in words ('≤ 1.5', '< 200'), and whether it held */
	target?: { text: string; met: boolean };
}

export interface Section {
	name: string;
	run(log: (line: string) => void): Promise<Measurement[]>;
}

const SECTIONS: Section[] = [ingest];

const round = (v: number) => (Math.abs(v) >= 100 ? Math.round(v) : Number(v.toPrecision(3)));

function table(rows: (Measurement & { section: string })[]): string {
	const cells = rows.map((r) => [
		r.section,
		r.subject,
		r.metric,
		`${round(r.value).toLocaleString('en-US')} ${r.unit}`.trim(),
		r.target ? `${r.target.text} ${r.target.met ? 'met' : 'NOT MET'}` : ''
	]);
	const head = ['section', 'subject', 'metric', 'value', 'target'];
	const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
	const line = (c: string[]) =>
		c
			.map((s, i) => s.padEnd(width[i]!))
			.join('  ')
			.trimEnd();
	return [line(head), line(width.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

const results: (Measurement & { section: string })[] = [];
for (const section of SECTIONS) {
	console.error(`bench: ${section.name}`);
	for (const m of await section.run((l) => console.error(`  ${l}`)))
		results.push({ section: section.name, ...m });
}
console.log(table(results));
writeFileSync(
	new URL('results.json', import.meta.url),
	`${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, results }, null, 1)}\n`
);
