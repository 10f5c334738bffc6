/**
 * Chart.js does not resize a chart when the page switches to print layout
 * (its docs, "Printing Resizable Charts"), so the brief's small charts would
 * print stretched. Resizing every chart when the print media query turns on
 * and off keeps them drawn at the size they print at.
 */
import { Chart } from 'chart.js';

export function resizeChartsForPrint(): () => void {
	const print = matchMedia('print');
	const resize = () => {
		for (const chart of Object.values(Chart.instances)) chart.resize();
	};
	print.addEventListener('change', resize);
	addEventListener('beforeprint', resize);
	addEventListener('afterprint', resize);
	return () => {
		print.removeEventListener('change', resize);
		removeEventListener('beforeprint', resize);
		removeEventListener('afterprint', resize);
	};
}
