/**
 * chart.js with the pieces this site draws with, registered once. Loaded by
 * chart-attachment when the first chart is about to be drawn, not with the
 * page: at 70 kB gzip it was half of every page's first-load JavaScript, and
 * all of it had to arrive before the page could be painted and hydrated.
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
	Tooltip
} from 'chart.js';
import { numericTick } from './numeric-tick';
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
// the page's own font (app.css), so the charts' words match the text around them
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
Chart.defaults.color = '#333';
Chart.defaults.scales.linear.ticks.callback = numericTick;

export { Chart };
