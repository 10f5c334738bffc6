/**
 * Attaches a chart.js chart to a canvas and keeps it in step with a config
 * that changes: the chart is made once and updated in place, so a new
 * selection redraws without rebuilding the canvas. chartjs-plugin-annotation
 * (policy events) is loaded only when a config asks for it.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	ScatterController,
	Tooltip,
	type ChartConfiguration
} from 'chart.js';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import { shadePlugin } from './shade-plugin';

/** Paints the canvas white first, so a downloaded PNG is not transparent. */
const whiteBackground = {
	id: 'whiteBackground',
	beforeDraw(chart: Chart) {
		const { ctx } = chart;
		ctx.save();
		ctx.globalCompositeOperation = 'destination-over';
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, chart.width, chart.height);
		ctx.restore();
	}
};

Chart.register(
	whiteBackground,
	BarController,
	BarElement,
	LineController,
	LineElement,
	PointElement,
	ScatterController,
	LinearScale,
	CategoryScale,
	Tooltip,
	Legend,
	Filler,
	shadePlugin
);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
Chart.defaults.color = '#333';

let annotations: Promise<unknown> | null = null;
/** Loads and registers the annotation plugin once, when the first config with annotations is drawn. */
function ready(config: ChartConfiguration): Promise<unknown> | null {
	if (!config.options?.plugins?.annotation) return annotations;
	annotations ??= import('chartjs-plugin-annotation').then((m) => Chart.register(m.default));
	return annotations;
}

export function chartOf(getConfig: () => ChartConfiguration): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let chart: Chart | null = null;
		let gone = false;
		const draw = (config: ChartConfiguration) => {
			if (gone) return;
			if (!chart) chart = new Chart(canvas, config);
			else {
				chart.data = config.data;
				chart.options = config.options ?? {};
				chart.update('none');
			}
			canvas.dataset.drawn = String(Number(canvas.dataset.drawn ?? 0) + 1);
		};
		$effect(() => {
			const config = getConfig();
			const wait = ready(config);
			// the newest config wins: one that arrives while the plugin loads is drawn after it
			if (wait) void wait.then(() => draw(untrack(getConfig)));
			else draw(config);
		});
		return () => {
			gone = true;
			chart?.destroy();
		};
	};
}
