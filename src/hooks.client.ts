/**
 * The page is shown before it is made live. A prerendered page is complete
 * HTML, but a busy main thread keeps its first frame from reaching the
 * screen: on a phone with two cores, hydrating, loading data and drawing
 * charts held the first paint back until all of it was done (Lighthouse saw
 * the first paint at 1.2 s, with the HTML parsed at 0.3 s). So the page
 * waits until the browser reports its first contentful paint, which it does
 * once the frame is on screen; the timer covers a tab in the background,
 * which paints nothing until it is shown.
 */
import type { ClientInit } from '@sveltejs/kit';

const PAINT_WAIT_MS = 1000;

export const init: ClientInit = () =>
	new Promise<void>((shown) => {
		if (typeof PerformanceObserver === 'undefined') return shown();
		const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
		if (painted()) return shown();
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
