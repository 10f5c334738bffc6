/**
 * The page is shown before it is made live. A prerendered page is complete
 * HTML, but a busy main thread keeps its first frame from reaching the
 * screen: on a phone with two cores, hydrating, loading data and drawing
 * charts held the first paint back until all of it was done (Lighthouse saw
 * the first paint at 1.2 s, with the HTML parsed at 0.3 s). So the page
 * waits until the browser reports its first contentful paint, which it does
 * once the frame is on screen. A browser that does not report paints, and a
 * tab in the background (it paints nothing until shown), do not wait; the
 * timer is a bound, never the rule.
 */
import type { ClientInit } from '@sveltejs/kit';

const PAINT_WAIT_MS = 3000;

const reportsPaints = () =>
	typeof PerformanceObserver !== 'undefined' &&
	(PerformanceObserver.supportedEntryTypes ?? []).includes('paint');

export const init: ClientInit = () =>
	new Promise<void>((shown) => {
		const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
		if (!reportsPaints() || document.hidden || painted()) return shown();
		const seen = new PerformanceObserver(() => {
			if (!painted()) return;
			seen.disconnect();
			shown();
		});
		seen.observe({ type: 'paint' });
		setTimeout(() => {
			seen.disconnect();
			shown();
		}, PAINT_WAIT_MS);
	});
