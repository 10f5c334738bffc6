/**
 * /trends in Debian's Chromium against a built site that is already served
 * (npm run build && npx vite preview): first-load JavaScript and data (gzip
 * bytes), time to the first chart, and time from a selection change to the
 * updated chart (the canvas's data-drawn counter moves, then a frame paints).
 *
 *   npx tsx bench/trends-page.ts [http://127.0.0.1:4173]
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM } from '../playwright.config';

const BASE = process.argv[2] ?? 'http://127.0.0.1:4173';

interface Change {
	name: string;
	/** a select to set, or a radio to click */
	selector: string;
	value?: string;
}

/** Milliseconds from the change event to the frame after the chart redrew. */
async function timeChange(page: Page, c: Change): Promise<number> {
	return page.evaluate(async ({ selector, value }) => {
		const canvas = document.querySelector<HTMLCanvasElement>('#main canvas')!;
		const before = canvas.dataset.drawn;
		const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
		const drawn = new Promise<void>((resolve) => {
			const mo = new MutationObserver(() => {
				if (canvas.dataset.drawn !== before) {
					mo.disconnect();
					resolve();
				}
			});
			mo.observe(canvas, { attributes: true });
		});
		const t0 = performance.now();
		if (value === undefined) (el as HTMLInputElement).click();
		else {
			el.value = value;
			el.dispatchEvent(new Event('change', { bubbles: true }));
		}
		await drawn;
		await new Promise((r) => requestAnimationFrame(() => r(null)));
		return performance.now() - t0;
	}, c);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function firstLoad(page: Page, link: string) {
	const bodies: { url: string; type: string; gzip: number }[] = [];
	page.on('response', async (r) => {
		const body = await r.body().catch(() => null);
		if (body)
			bodies.push({ url: r.url(), type: r.request().resourceType(), gzip: gzipSync(body).length });
	});
	const t0 = Date.now();
	await page.goto(`${BASE}${link}`);
	await page.waitForSelector('#main canvas[data-drawn]');
	const firstChart = Date.now() - t0;
	await page.waitForLoadState('networkidle');
	const sum = (f: (b: (typeof bodies)[number]) => boolean) =>
		bodies.filter(f).reduce((s, b) => s + b.gzip, 0);
	return {
		firstChart,
		js: sum((b) => b.type === 'script' || b.url.endsWith('.js')),
		json: sum((b) => b.url.includes('/data/')),
		html: sum((b) => b.type === 'document')
	};
}

const browser = await chromium.launch(CHROMIUM);
for (const link of ['/trends', '/trends?measure=deaths.all-drugs&geo=OH,hhs-5&per=100k']) {
	const page = await browser.newPage();
	const r = await firstLoad(page, link);
	console.log(
		`${link}\n  first chart ${r.firstChart} ms; gzip: JS ${(r.js / 1024).toFixed(1)} KB, ` +
			`data JSON ${(r.json / 1024).toFixed(1)} KB, HTML (with the inlined default data) ${(r.html / 1024).toFixed(1)} KB`
	);
	await page.close();
}

const page = await browser.newPage();
await page.goto(`${BASE}/trends?measure=deaths.all-drugs&geo=OH,hhs-5,US`);
await page.waitForSelector('#main canvas[data-drawn]');
const range = (v: string): Change => ({ name: 'time range', selector: '#range-from', value: v });
const measure = (m: string): Change => ({
	name: 'measure',
	selector: '#measure',
	value: `cdc-vsrr-state:deaths.${m}`
});
const per = (v: string): Change => ({ name: 'per', selector: `input[name=per][value="${v}"]` });
/** each list is a sequence of changes, every one different from the state before it */
const series: [string, Change[]][] = [
	['time range', ['2019-01', '2015-01', '2020-01', '2015-01', '2021-01', '2015-01'].map(range)],
	['measure, first time (fetch)', ['cocaine', 'heroin', 'opioids', 'methadone'].map(measure)],
	['measure, loaded before', ['cocaine', 'heroin', 'cocaine', 'heroin', 'cocaine'].map(measure)],
	['counts <-> crude rate', ['100k', 'count', '100k', 'count', '100k', 'count'].map(per)]
];
for (const [name, list] of series) {
	if (await page.locator(list[0]!.selector).isDisabled()) {
		console.log(`  update: ${name.padEnd(28)} not available in this build`);
		continue;
	}
	const times: number[] = [];
	for (const c of list) times.push(await timeChange(page, c));
	console.log(
		`  update: ${name.padEnd(28)} median ${median(times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`
	);
}
await browser.close();
