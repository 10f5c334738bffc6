/**
 * Chart.js does not resize a chart when the page switches to print layout
 * (its docs, "Printing Resizable Charts"), so the brief's small charts would
 * print stretched. Resizing every chart when the print media query turns on
 * and off keeps them drawn at the size they print at.
 */
import { resizeCharts } from '$lib/charts/chart-attachment.svelte';

export function resizeChartsForPrint(): () => void {
	const print = matchMedia('print');
	print.addEventListener('change', resizeCharts);
	addEventListener('beforeprint', resizeCharts);
	addEventListener('afterprint', resizeCharts);
	return () => {
		print.removeEventListener('change', resizeCharts);
		removeEventListener('beforeprint', resizeCharts);
		removeEventListener('afterprint', resizeCharts);
	};
}
