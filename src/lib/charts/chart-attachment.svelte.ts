/**
 * Attaches a chart.js chart to a canvas and keeps it in step with a config
 * that changes: the chart is made once and updated in place, so a new
 * selection redraws without rebuilding the canvas. chart.js is loaded when
 * the first chart is drawn, and chartjs-plugin-annotation (policy events)
 * only when a config asks for it.
 */
import type { Chart, ChartConfiguration } from 'chart.js';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import { nextTask } from '../tasks';

type ChartJs = typeof import('./chart-js');
let chartJs: ChartJs | null = null;
let loading: Promise<ChartJs> | null = null;
/** chart.js, loaded (once) when the first chart is about to be drawn. */
const loadChartJs = () => (loading ??= import('./chart-js').then((m) => (chartJs = m)));

/** Redraws every chart at its container's size (printing changes the layout, not the window). */
export function resizeCharts(): void {
	if (chartJs) for (const chart of Object.values(chartJs.Chart.instances)) chart.resize();
}

let annotations: Promise<unknown> | null = null;
let annotationsIn = false;
const wantsAnnotations = (config: ChartConfiguration) =>
	Object.keys(config.options?.plugins?.annotation?.annotations ?? {}).length > 0;
/** Loads and registers the annotation plugin once, when the first config with annotations is drawn. */
function ready(config: ChartConfiguration): Promise<unknown> | null {
	if (annotationsIn || !wantsAnnotations(config)) return null;
	annotations ??= Promise.all([import('chartjs-plugin-annotation'), loadChartJs()]).then(
		([m, { Chart }]) => {
			Chart.register(m.default);
			annotationsIn = true;
		}
	);
	return annotations;
}

/** Resolves once the canvas comes within a screen of the viewport (at once where that cannot be known). */
function nearView(canvas: HTMLCanvasElement): Promise<void> {
	if (typeof IntersectionObserver === 'undefined') return nextTask();
	return new Promise<void>((near) => {
		const seen = new IntersectionObserver(
			(entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				seen.disconnect();
				near();
			},
			{ rootMargin: '100% 0px' }
		);
		seen.observe(canvas);
	}).then(nextTask);
}

/** Charts not drawn yet: printing draws them all at once, since paper has no viewport to near. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a list of callbacks, never read by a template
const undrawn = new Set<() => void>();
if (typeof window !== 'undefined')
	window.addEventListener('beforeprint', () => [...undrawn].forEach((drawNow) => drawNow()));

/**
 * `lazy`: the chart (and any plugin it needs) waits until it is near the viewport, so charts far
 * down a long page cost nothing while the page loads. Without it the chart is drawn as soon as the
 * page has hydrated.
 */
export function chartOf(
	getConfig: () => ChartConfiguration,
	{ lazy = false }: { lazy?: boolean } = {}
): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let chart: Chart | null = null;
		// a plugin sets a chart up when the chart is made: one made before the annotation plugin
		// was loaded is made again when it first needs annotations
		let madeWithAnnotations = false;
		let gone = false;
		const draw = (config: ChartConfiguration) => {
			// chart.js itself arrives with the first chart's turn (printing before that draws nothing)
			if (gone || !chartJs) return;
			// once registered, a plugin runs for every chart: remake one made before it was loaded
			if (chart && !madeWithAnnotations && annotationsIn) {
				chart.destroy();
				chart = null;
			}
			if (!chart) {
				chart = made(config);
				madeWithAnnotations = annotationsIn;
			} else {
				chart.data = config.data;
				chart.options = config.options ?? {};
				chart.update('none');
			}
			if (phase === 'drawn') drawnOnce();
		};
		// A new chart is made in one task, laid out in the next and painted in the one after: the
		// three together were one long task (~40 ms on a fast machine, 4 times that on a phone),
		// enough to keep a tap waiting. Until its turn each step is held (chart.js lets a plugin
		// cancel an update or a render); the held steps draw the latest data.
		let phase: 'made' | 'laid' | 'drawn' = 'drawn';
		const drawnOnce = () => (canvas.dataset.drawn = String(Number(canvas.dataset.drawn ?? 0) + 1));
		const hold = {
			id: 'holdFirstDrawing',
			beforeUpdate: () => (phase === 'made' ? false : undefined),
			beforeRender: () => (phase === 'drawn' ? undefined : false)
		};
		const layOut = () => {
			if (phase !== 'made') return;
			phase = 'laid';
			if (!gone && chart) chart.update('none');
		};
		const release = () => {
			undrawn.delete(drawNow); // printing before this point draws (and paints) it at once
			layOut();
			if (phase !== 'laid') return;
			phase = 'drawn';
			if (gone || !chart) return;
			chart.render();
			drawnOnce();
		};
		const made = (config: ChartConfiguration) => {
			phase = 'made';
			void nextTask().then(layOut).then(nextTask).then(release);
			return new chartJs!.Chart(canvas, { ...config, plugins: [...(config.plugins ?? []), hold] });
		};
		// the first drawing waits for a task of its own (and, when lazy, for the viewport): a chart
		// made inside the task that hydrates the page would force a layout of the whole page in it
		let near = false;
		const latest = () => untrack(getConfig);
		const arrived = () => (near = true);
		const drawNow = () => {
			arrived();
			draw(latest()); // a plugin still loading redraws it when it comes
			release(); // paper is printed at once: no task to wait for
		};
		undrawn.add(drawNow);
		const visible = (lazy ? nearView(canvas) : nextTask()).then(loadChartJs).then(arrived);
		$effect(() => {
			const config = getConfig();
			// drawn at once when nothing is awaited (an update is synchronous); otherwise the newest
			// config is drawn after the wait. A chart out of view loads no plugin until it nears.
			if (!near) void visible.then(() => ready(latest())).then(() => draw(latest()));
			else {
				const plugin = ready(config);
				if (plugin) void plugin.then(() => draw(latest()));
				else draw(config);
			}
		});
		return () => {
			gone = true;
			undrawn.delete(drawNow);
			chart?.destroy();
		};
	};
}
