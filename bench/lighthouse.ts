/**
 * Lighthouse 12.2.3 on each page of the built site, through its CLI (a run
 * of its own per page, as Lighthouse advises) in Debian's Chromium with the
 * default mobile emulation and simulated throttling. Targets (issue 6):
 * performance ≥ 95, accessibility 100, best practices ≥ 95. A score under
 * its target carries a note naming the audits that cost it most.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM } from '../playwright.config';
import { atLeast, measurement, median, type Measurement, type Section } from './measure';
import { chunkNames, PAGES, short } from './pages';
import { site } from './site';

const ROOT = resolve(import.meta.dirname, '..');
/**
 * runs per page; the median score is kept. One run is a lottery here: in many runs Chromium holds
 * the first frame back ~1.2 s whatever the page does (even a static page without scripts), and
 * Lighthouse then counts everything before it as blocking the first paint.
 */
const RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95 } as const;
type Category = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as Category[];

/** The part of Lighthouse's result (LHR) read here. */
interface Report {
	runtimeError?: { code: string; message: string };
	environment: { benchmarkIndex: number };
	categories: Record<
		Category,
		{ score: number | null; auditRefs: { id: string; weight: number }[] }
	>;
	audits: Record<
		string,
		{
			score: number | null;
			scoreDisplayMode: string;
			displayValue?: string;
			details?: { overallSavingsMs?: number; overallSavingsBytes?: number; items?: unknown[] };
		}
	>;
}

/**
 * One Lighthouse run. Its screenshots are left out (they weigh in no score
 * and take a quarter of the time). A run that ends in a runtime error (on a
 * busy machine: a protocol call past its one-second limit) is tried once more;
 * the second report is kept whatever it holds, and a score it lacks is NaN.
 */
function lighthouseRun(
	url: string,
	dir: string,
	log: (line: string) => void,
	retry = true
): Report {
	const out = join(dir, 'report.json');
	rmSync(out, { force: true });
	const r = spawnSync(
		process.execPath,
		[
			'node_modules/lighthouse/cli/index.js',
			url,
			'--quiet',
			'--output=json',
			`--output-path=${out}`,
			`--only-categories=${CATEGORIES.join(',')}`,
			'--disable-full-page-screenshot',
			'--skip-audits=screenshot-thumbnails,final-screenshot',
			'--chrome-flags=--headless --no-sandbox --disable-gpu'
		],
		{
			cwd: ROOT,
			encoding: 'utf8',
			timeout: 240_000,
			env: { ...process.env, CHROME_PATH: CHROMIUM.executablePath }
		}
	);
	const report = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Report) : undefined;
	const error = report?.runtimeError
		? `${report.runtimeError.code} ${report.runtimeError.message}`
		: r.status !== 0
			? `exit ${r.status}: ${r.stderr.trim().split('\n').at(-1)}`
			: undefined;
	if (error) log(`${url}: ${error}${retry ? '; once more' : ''}`);
	if (error && retry) return lighthouseRun(url, dir, log, false);
	if (!report) throw new Error(`lighthouse ${url} wrote no report: ${error}`);
	return report;
}

/**
 * The audits that cost a category most: weighted ones first (for performance,
 * the metrics), by weight times what they lost, then unweighted ones by the
 * time and bytes they would save.
 */
export function topFailing(report: Report, category: Category, n = 5): string {
	const failing = report.categories[category].auditRefs
		.map((ref) => ({ ...ref, audit: report.audits[ref.id]! }))
		.filter(
			({ audit }) =>
				audit.score !== null &&
				audit.score < 1 &&
				!['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode)
		);
	const cost = (f: (typeof failing)[number]) => f.weight * (1 - f.audit.score!);
	const savings = (f: (typeof failing)[number]) =>
		(f.audit.details?.overallSavingsMs ?? 0) * 1000 + (f.audit.details?.overallSavingsBytes ?? 0);
	return failing
		.sort((a, b) => cost(b) - cost(a) || savings(b) - savings(a))
		.slice(0, n)
		.map((f) => (f.audit.displayValue ? `${f.id} (${f.audit.displayValue})` : f.id))
		.join(', ');
}

/** For performance: the scripts that kept the main thread busiest (Lighthouse's bootup-time). */
function busiest(report: Report, n = 3): string {
	const items = (report.audits['bootup-time']?.details?.items ?? []) as {
		url: string;
		total: number;
	}[];
	const names = chunkNames();
	return items
		.slice(0, n)
		.map((i) => `${URL.canParse(i.url) ? short(i.url, names) : i.url} ${Math.round(i.total)} ms`)
		.join(', ');
}

function note(report: Report, c: Category): string {
	if (report.categories[c].score === null)
		return `no score: ${report.runtimeError?.code ?? 'an audit failed'}`;
	const audits = `top failing audits: ${topFailing(report, c)}`;
	return c === 'performance' ? `${audits}; main thread: ${busiest(report)}` : audits;
}

/** When the first paint was seen in the run itself (not simulated): late means held back. */
const paintSeen = (r: Report) => {
	const m = r.audits.metrics?.details?.items?.[0] as { observedFirstContentfulPaint?: number };
	return `first paint seen at ${Math.round(m?.observedFirstContentfulPaint ?? NaN)} ms`;
};

const scoreOf = (r: Report, c: Category) => {
	const score = r.categories[c].score;
	return score === null ? NaN : Math.round(score * 100);
};

export const lighthouse: Section = {
	name: 'lighthouse',
	async run(log) {
		const base = await site(log);
		const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
		const out: Measurement[] = [];
		const speed: number[] = [];
		try {
			for (const { path } of PAGES) {
				const reports: Report[] = [];
				for (let i = 0; i < RUNS; i++) {
					const r = lighthouseRun(base + path, dir, log);
					reports.push(r);
					log(`${path} run ${i + 1}: performance ${scoreOf(r, 'performance')}, ${paintSeen(r)}`);
				}
				speed.push(...reports.map((r) => r.environment.benchmarkIndex));
				const scores = CATEGORIES.map((c) => {
					const scored = reports.filter((r) => !Number.isNaN(scoreOf(r, c)));
					const score = scored.length ? median(scored.map((r) => scoreOf(r, c))) : NaN;
					const target = atLeast(score, TARGETS[c]);
					// the run nearest the median explains it
					const near = [...scored, ...reports].reduce((a, r) =>
						Math.abs(scoreOf(r, c) - score) < Math.abs(scoreOf(a, c) - score) ? r : a
					);
					const why = target.met ? undefined : note(near, c);
					out.push(measurement(path, c, score, '', target, why));
					return `${c} ${score}${why ? ` (${why})` : ''}`;
				});
				log(`${path}: ${scores.join('; ')}`);
			}
			// Lighthouse's own measure of this machine's speed: its simulated throttling scales by it
			out.push(
				measurement('this machine', 'Lighthouse benchmarkIndex (median)', median(speed), '')
			);
			return out;
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
};
