/**
 * Pages: each page of the built site in Debian's Chromium, cold (a new
 * browser context each load): first-load JavaScript and data in gzip -9
 * bytes, the time to the first chart drawn, and the time from a selection
 * change to the updated chart (bench/page-updates.ts). Targets (issue 4):
 * JavaScript ≤ 150 kB gzip on first load, data ≤ 250 kB gzip per page,
 * updates ≤ 100 ms.
 *
 * Bytes count what the page loads until the network is idle: every .js
 * response, every JSON response, and the data SvelteKit inlines in the HTML
 * (the <script data-sveltekit-fetched> bodies of fetches made while
 * prerendering, and the server load's data in the bootstrap script). Each
 * piece is gzipped on its own, as a server would send it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from '../playwright.config';
import { EAGER_COMPILE_HINT } from '../src/compile-hint';
import { atLeast, atMost, measurement, median, type Measurement, type Section } from './measure';
import { timeChange, UPDATES } from './page-updates';
import { site } from './site';

/** The pages measured, and whether each draws a chart on load. */
export const PAGES: { path: string; chart: boolean }[] = [
	{ path: '/', chart: true },
	{ path: '/trends', chart: true },
	{ path: '/seizures', chart: true },
	{ path: '/states/OH', chart: true },
	{ path: '/states', chart: false },
	{ path: '/root-causes', chart: true },
	{ path: '/explore', chart: false },
	{ path: '/sources', chart: false }
];

const LOADS = Number(process.env.BENCH_LOADS ?? 3);
const KB = 1000;

interface Piece {
	name: string;
	gzip: number;
}

// Run in the page before its own scripts. A string: tsx would wrap a function in helpers the page lacks.
const WATCH = `(() => {
	const b = (window.__bench = { chart: null, map: null, fcp: null, lcp: null });
	const frame = (key) => requestAnimationFrame(() => { if (b[key] === null) b[key] = performance.now(); });
	let asked = { chart: false, map: false };
	new MutationObserver(() => {
		if (!asked.chart && document.querySelector('canvas[data-drawn], svg[role="group"] path')) {
			asked.chart = true;
			frame('chart');
		}
		if (!asked.map && document.querySelector('svg[role="group"] path')) {
			asked.map = true;
			frame('map');
		}
	}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn'] });
	new PerformanceObserver((l) => {
		for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
	}).observe({ type: 'paint', buffered: true });
	new PerformanceObserver((l) => {
		const all = l.getEntries();
		b.lcp = all[all.length - 1].startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
})()`;

interface Watched {
	chart: number | null;
	map: number | null;
	fcp: number | null;
	lcp: number | null;
}

const gz = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

/** Vite's names for the chunks of the last build ('chunks/D7_WI6aj.js' -> 'trend-config'). */
export function chunkNames(): Map<string, string> {
	const path = new URL('../.svelte-kit/output/client/.vite/manifest.json', import.meta.url);
	if (!existsSync(path)) return new Map();
	const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<
		string,
		{ file: string; name?: string }
	>;
	return new Map(Object.values(manifest).map((c) => [c.file, c.name ?? '']));
}

/** '/_app/immutable/chunks/D7_WI6aj.js' -> 'chunks/D7_WI6aj.js (trend-config)'; a page: its path */
export function short(url: string, names: Map<string, string>): string {
	const path = new URL(url).pathname;
	const name = names.get(path.slice(1));
	const file = path.replace(/^\/_app\/immutable\//, '');
	return name && !file.startsWith(name) ? `${file} (${name})` : file;
}

/** The scripts a prerendered page's HTML preloads: what it needs before it can hydrate. */
export function modulePreloads(html: string): string[] {
	return [...html.matchAll(/<link href="([^"]+)" rel="modulepreload"/g)].map((m) => m[1]!);
}

/** The data a prerendered page carries in its HTML. */
export function inlineData(html: string): Piece[] {
	const out: Piece[] = [];
	const fetched =
		/<script type="application\/json" data-sveltekit-fetched\b[^>]*?data-url="([^"]*)"[^>]*>([\s\S]*?)<\/script>/g;
	for (const m of html.matchAll(fetched)) out.push({ name: `inline ${m[1]}`, gzip: gz(m[2]!) });
	// a +page.server.ts load's result is an argument of kit.start in the bootstrap script
	const server = /\bdata: (\[[\s\S]*?\]),\s*form:/.exec(html)?.[1];
	if (server && server.length > 100) out.push({ name: 'inline server data', gzip: gz(server) });
	return out;
}

async function firstLoad(browser: Browser, url: string, chart: boolean) {
	const names = chunkNames();
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.addInitScript(WATCH);
	const bodies: Promise<{ url: string; type: string; body: Buffer } | null>[] = [];
	page.on('response', (r) =>
		bodies.push(
			r.body().then(
				(body) => ({ url: r.url(), type: r.headers()['content-type'] ?? '', body }),
				() => null
			)
		)
	);
	await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
	// a function, not a string: the site's CSP forbids eval, which a string predicate needs
	if (chart)
		await page.waitForFunction(
			() => (window as unknown as { __bench: Watched }).__bench.chart !== null,
			null,
			{ timeout: 60_000 }
		);
	const watched = (await page.evaluate('window.__bench')) as Watched;
	const responses = (await Promise.all(bodies)).filter((r) => r !== null);
	await context.close();
	const js: (Piece & { url: string; eager: boolean })[] = [];
	const data: Piece[] = [];
	let html = 0;
	const preloaded = new Set<string>();
	for (const r of responses) {
		const path = new URL(r.url).pathname;
		if (path.endsWith('.js'))
			js.push({
				name: short(r.url, names),
				gzip: gz(r.body),
				url: r.url,
				eager: r.body.toString('utf8', 0, EAGER_COMPILE_HINT.length) === EAGER_COMPILE_HINT
			});
		else if (path.endsWith('.json') || r.type.includes('json'))
			data.push({ name: short(r.url, names), gzip: gz(r.body) });
		else if (r.type.includes('text/html') && r.url.startsWith(url)) {
			html += gz(r.body);
			data.push(...inlineData(r.body.toString('utf8')));
			for (const href of modulePreloads(r.body.toString('utf8')))
				preloaded.add(new URL(href, r.url).href);
		}
	}
	// what the page needs before it can start: the modules its HTML preloads (chart.js comes later)
	const starting = js.filter((p) => preloaded.has(p.url));
	return { watched, js, starting, data, html };
}

const total = (ps: Piece[]) => ps.reduce((n, p) => n + p.gzip, 0);
const largest = (ps: Piece[]) =>
	[...ps]
		.sort((a, b) => b.gzip - a.gzip)
		.slice(0, 4)
		.map((p) => `${p.name} ${(p.gzip / KB).toFixed(1)} kB`)
		.join(', ');

async function measurePage(
	browser: Browser,
	base: string,
	p: (typeof PAGES)[number],
	log: (line: string) => void
): Promise<Measurement[]> {
	const loads: Awaited<ReturnType<typeof firstLoad>>[] = [];
	for (let i = 0; i < LOADS; i++) loads.push(await firstLoad(browser, base + p.path, p.chart));
	const { js, starting, data, html } = loads[0]!;
	const times = (k: keyof Watched) => loads.map((l) => l.watched[k]).filter((t) => t !== null);
	const jsKB = total(js) / KB;
	const dataKB = total(data) / KB;
	log(`${p.path}: JS ${jsKB.toFixed(1)} kB in ${js.length} files; data ${dataKB.toFixed(1)} kB`);
	const jsTarget = atMost(jsKB, 150, 'kB');
	const dataTarget = atMost(dataKB, 250, 'kB');
	// without it a page's start compiles its code on the main thread (vite.config.ts)
	const eager = (100 * js.filter((f) => f.eager).length) / Math.max(1, js.length);
	const out = [
		measurement(
			p.path,
			'first-load JS (gzip)',
			jsKB,
			'kB',
			jsTarget,
			jsTarget.met ? undefined : `largest: ${largest(js)}`
		),
		measurement(
			p.path,
			'data (gzip)',
			dataKB,
			'kB',
			dataTarget,
			dataTarget.met ? undefined : `largest: ${largest(data)}`
		),
		measurement(p.path, 'JS preloaded to start (gzip)', total(starting) / KB, 'kB'),
		measurement(
			p.path,
			'scripts with the eager-compile hint',
			eager,
			'%',
			atLeast(eager, 100, '%')
		),
		measurement(p.path, 'HTML with its inline data (gzip)', html / KB, 'kB'),
		measurement(p.path, 'first contentful paint', median(times('fcp')), 'ms')
	];
	if (p.chart) out.push(measurement(p.path, 'first chart drawn', median(times('chart')), 'ms'));
	const map = times('map');
	if (map.length) out.push(measurement(p.path, 'map drawn', median(map), 'ms'));
	return out;
}

async function measureUpdates(
	browser: Browser,
	base: string,
	path: string,
	log: (line: string) => void
): Promise<Measurement[]> {
	const u = UPDATES[path]!;
	const page = await browser.newPage();
	await page.goto(base + u.start, { waitUntil: 'networkidle', timeout: 120_000 });
	await page.locator(u.chart).and(page.locator('[data-drawn]')).waitFor({ timeout: 60_000 });
	const out: Measurement[] = [];
	for (const s of u.sequences) {
		if (await page.locator(s.changes[0]!.selector).isDisabled()) {
			log(`${path} update, ${s.name}: not available in this build`);
			continue;
		}
		const times: number[] = [];
		for (const c of s.changes) times.push(await timeChange(page, u.chart, c));
		log(`${path} update, ${s.name}: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
		const ms = median(times);
		out.push(measurement(path, `update: ${s.name}`, ms, 'ms', atMost(ms, 100, 'ms')));
	}
	await page.close();
	return out;
}

export const pages: Section = {
	name: 'pages',
	async run(log) {
		const base = await site(log);
		const browser = await chromium.launch(CHROMIUM);
		try {
			const out: Measurement[] = [];
			for (const p of PAGES) {
				out.push(...(await measurePage(browser, base, p, log)));
				if (UPDATES[p.path]) out.push(...(await measureUpdates(browser, base, p.path, log)));
			}
			return out;
		} finally {
			await browser.close();
		}
	}
};
