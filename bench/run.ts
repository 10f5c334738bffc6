/**
 * npm run bench — every benchmark in one go: prints one table and writes
 * bench/results.json. A benchmark is a Section (bench/<name>.ts) that returns
 * measurements; add one by listing it in SECTIONS.
 *
 *   npm run bench                          every section
 *   npm run bench -- pages lighthouse      just these
 *
 * Benchmarks report; tests do not time things. Each measurement is a median
 * of several runs, because this machine is shared.
 */
import { writeFileSync } from 'node:fs';
import { exploreParse } from './explore-parse';
import { ingest } from './ingest';
import { lighthouse } from './lighthouse';
import type { Measurement, Section } from './measure';
import { pages } from './pages';
import { stopSite } from './site';

const SECTIONS: Section[] = [ingest, pages, lighthouse, exploreParse];

const round = (v: number) => (Math.abs(v) >= 100 ? Math.round(v) : Number(v.toPrecision(3)));

type Row = Measurement & { section: string };

function table(rows: Row[]): string {
	const cells = rows.map((r) => [
		r.section,
		r.subject,
		r.metric,
		Number.isNaN(r.value) ? 'n/a' : `${round(r.value).toLocaleString('en-US')} ${r.unit}`.trim(),
		r.target ? `${r.target.text} ${r.target.met ? 'met' : 'NOT MET'}` : ''
	]);
	const head = ['section', 'subject', 'metric', 'value', 'target'];
	const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
	const line = (c: string[]) =>
		c
			.map((s, i) => s.padEnd(width[i]!))
			.join('  ')
			.trimEnd();
	const notes = rows
		.filter((r) => r.note)
		.map((r) => `* ${r.section} ${r.subject} ${r.metric}: ${r.note}`);
	return [line(head), line(width.map((w) => '-'.repeat(w))), ...cells.map(line), '', ...notes]
		.join('\n')
		.trimEnd();
}

const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !SECTIONS.some((s) => s.name === a));
if (unknown.length)
	throw new Error(`no section ${unknown.join(', ')}: ${SECTIONS.map((s) => s.name).join(', ')}`);
const chosen = asked.length ? SECTIONS.filter((s) => asked.includes(s.name)) : SECTIONS;

const results: Row[] = [];
const started = Date.now();
try {
	for (const section of chosen) {
		console.error(`bench: ${section.name}`);
		// a section that fails costs its own rows, not the others'
		try {
			for (const m of await section.run((l) => console.error(`  ${l}`)))
				results.push({ section: section.name, ...m });
		} catch (e) {
			console.error(`bench: ${section.name} failed: ${e instanceof Error ? e.stack : e}`);
			process.exitCode = 1;
		}
	}
} finally {
	stopSite();
}
console.log(table(results));
console.error(`bench: ${((Date.now() - started) / 60_000).toFixed(1)} min`);
writeFileSync(
	new URL('results.json', import.meta.url),
	`${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, results }, null, 1)}\n`
);
