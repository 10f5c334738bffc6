/**
 * Time from a selection change to the updated chart, on the pages that have
 * selections: the change event, then the chart's canvas data-drawn counter
 * moves (src/lib/charts/chart-attachment.svelte.ts), then the next frame.
 * Each sequence is a run of changes, each one different from the state before
 * it; a sequence reports its median.
 */
import type { Page } from 'playwright-core';

export interface Change {
	/** a select to set, or a radio to click */
	selector: string;
	value?: string;
}

export interface Updates {
	/** the link the changes start from */
	start: string;
	/** the canvas whose redraw ends an update */
	chart: string;
	sequences: { name: string; changes: Change[] }[];
}

const select = (selector: string, values: string[]): Change[] =>
	values.map((value) => ({ selector, value }));
const radio = (name: string, values: string[]): Change[] =>
	values.map((v) => ({ selector: `input[name=${name}][value="${v}"]` }));
/** how long a chart must stay still after a redraw for an update to be over */
const QUIET = 400;
const figure = (id: string) => `#${id}-title ~ .canvas-box canvas`;

/** Per page path, what changes and which chart they redraw. */
export const UPDATES: Record<string, Updates> = {
	'/': {
		start: '/',
		chart: figure('fentanyl'),
		sequences: [{ name: 'place', changes: select('#geo', ['OH', 'YC', 'CA', 'TX', 'FL', 'US']) }]
	},
	'/trends': {
		start: '/trends?measure=deaths.all-drugs&geo=OH,hhs-5,US',
		chart: '#main canvas',
		sequences: [
			{
				name: 'time range',
				changes: select('#range-from', ['2019-01', '2015-01', '2020-01', '2015-01', '2021-01'])
			},
			{
				name: 'measure, first time (fetch)',
				changes: select(
					'#measure',
					['cocaine', 'heroin', 'opioids', 'methadone'].map((m) => `cdc-vsrr-state:deaths.${m}`)
				)
			},
			{
				name: 'measure, loaded before',
				changes: select(
					'#measure',
					['cocaine', 'heroin', 'cocaine', 'heroin', 'cocaine'].map(
						(m) => `cdc-vsrr-state:deaths.${m}`
					)
				)
			},
			{ name: 'counts <-> crude rate', changes: radio('per', ['100k', 'count', '100k', 'count']) }
		]
	},
	'/seizures': {
		start: '/seizures',
		chart: figure('seizures'),
		sequences: [
			{
				name: 'drug, first time (fetch)',
				changes: select('#drug', ['cocaine', 'heroin', 'methamphetamine', 'marijuana'])
			},
			{
				name: 'drug, loaded before',
				changes: select('#drug', ['fentanyl', 'cocaine', 'fentanyl', 'heroin', 'fentanyl'])
			},
			{
				name: 'place',
				changes: select('#geo', [
					'cbp:southwest',
					'cbp:northern',
					'cbp:coastal-interior',
					'cbp:southwest',
					'cbp:all'
				])
			},
			{ name: 'period', changes: select('#period', ['cy', 'month', 'fy', 'cy', 'fy']) }
		]
	},
	'/root-causes': {
		start: '/root-causes',
		chart: 'section.chart:has(#across-title) canvas',
		sequences: [
			{
				name: 'condition',
				changes: select('#condition', [
					'buprenorphine',
					'poverty',
					'uninsured',
					'income',
					'naloxone'
				])
			},
			{ name: 'year', changes: select('#year', ['2019', '2020', '2021', '2022', '2019']) }
		]
	}
};

/**
 * Milliseconds from the change event to the frame after the chart's last
 * redraw: a change that fetches may redraw more than once (the chart waits,
 * then shows the data), so the chart must stay still for QUIET ms to be done.
 */
export function timeChange(page: Page, chart: string, c: Change): Promise<number> {
	return page.evaluate(
		async ({ chart, selector, value, quiet }) => {
			let canvas = document.querySelector<HTMLCanvasElement>(chart);
			const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
			if (!canvas || !el) throw new Error(`no ${canvas ? selector : chart} on the page`);
			let seen = canvas.dataset.drawn;
			let last = NaN;
			const settled = new Promise<void>((resolve, reject) => {
				let timer = setTimeout(() => reject(new Error(`${chart} not redrawn`)), 20_000);
				// the canvas is redrawn in place, or replaced by a new one that draws itself
				const mo = new MutationObserver(() => {
					const now = document.querySelector<HTMLCanvasElement>(chart);
					if (!now?.dataset.drawn || (now === canvas && now.dataset.drawn === seen)) return;
					canvas = now;
					seen = now.dataset.drawn;
					requestAnimationFrame(() => {
						last = performance.now();
						clearTimeout(timer);
						timer = setTimeout(() => {
							mo.disconnect();
							resolve();
						}, quiet);
					});
				});
				mo.observe(document.body, {
					subtree: true,
					childList: true,
					attributes: true,
					attributeFilter: ['data-drawn']
				});
			});
			const t0 = performance.now();
			if (value === undefined) (el as HTMLInputElement).click();
			else {
				el.value = value;
				el.dispatchEvent(new Event('change', { bubbles: true }));
			}
			await settled;
			return last - t0;
		},
		{ chart, ...c, quiet: QUIET }
	);
}
