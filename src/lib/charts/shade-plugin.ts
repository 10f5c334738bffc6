/**
 * Shaded, labelled spans of the x axis (underreported months, fiscal years to
 * date) drawn behind the data. A few lines of our own instead of
 * chartjs-plugin-annotation, which only the policy-event charts need and so
 * is loaded only by them: every other chart page starts 13 kB lighter.
 */
import type { Chart, ChartType, Plugin } from 'chart.js';

/** A span of category indexes, from and to inclusive, with the words shown over it. */
export interface ShadeBox {
	from: number;
	to: number;
	label: string;
}

export interface ShadeOptions {
	boxes?: ShadeBox[];
}

declare module 'chart.js' {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	interface PluginOptionsByType<TType extends ChartType> {
		shade?: ShadeOptions;
	}
}

export const FILL = 'rgba(120, 120, 120, 0.12)';

export const shadePlugin: Plugin = {
	id: 'shade',
	beforeDatasetsDraw(chart: Chart, _args, options: ShadeOptions) {
		const boxes = options.boxes ?? [];
		const x = chart.scales.x;
		if (!boxes.length || !x) return;
		const { ctx, chartArea: area } = chart;
		// half a category's width on either side, so the box covers whole slots
		const half =
			x.ticks.length > 1 ? Math.abs(x.getPixelForValue(1) - x.getPixelForValue(0)) / 2 : 0;
		ctx.save();
		for (const b of boxes) {
			const left = Math.max(area.left, x.getPixelForValue(b.from) - half);
			const right = Math.min(area.right, x.getPixelForValue(b.to) + half);
			ctx.fillStyle = FILL;
			ctx.fillRect(left, area.top, right - left, area.bottom - area.top);
			ctx.fillStyle = '#444';
			ctx.font = `11px ${chart.options.font?.family ?? 'sans-serif'}`;
			ctx.textAlign = 'center';
			ctx.textBaseline = 'top';
			ctx.fillText(b.label, (left + right) / 2, area.top + 4, Math.max(right - left, 40));
		}
		ctx.restore();
	}
};
