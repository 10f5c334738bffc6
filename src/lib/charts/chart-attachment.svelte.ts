/**
 * Attaches a chart.js chart to a canvas and keeps it in step with a config
 * that changes: the chart is made once and updated in place, so a new
 * selection redraws without rebuilding the canvas.
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
	Tooltip,
	type ChartConfiguration
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';

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
	LinearScale,
	CategoryScale,
	Tooltip,
	Legend,
	Filler,
	annotationPlugin
);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
Chart.defaults.color = '#333';

export function chartOf(getConfig: () => ChartConfiguration): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		const chart = new Chart(canvas, untrack(getConfig));
		$effect(() => {
			const next = getConfig();
			chart.data = next.data;
			chart.options = next.options ?? {};
			chart.update('none');
			canvas.dataset.drawn = String(Number(canvas.dataset.drawn ?? 0) + 1);
		});
		return () => chart.destroy();
	};
}
