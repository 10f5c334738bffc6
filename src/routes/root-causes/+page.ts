import { resolve } from '$app/paths';
import type { RootCausesData } from './page-data';
import type { PageLoad } from './$types';

/**
 * While the page is prerendered, the data is assembled from the pipeline's
 * files; in the browser it is the same data, fetched as JSON (data.json,
 * written by the same function). Passed through the page's HTML instead, it
 * was a 440 kB script literal that the browser evaluated before hydrating.
 */
export const load: PageLoad = async ({ fetch }): Promise<RootCausesData> => {
	if (import.meta.env.SSR) return (await import('./page-data')).rootCausesData(fetch);
	const res = await fetch(resolve('/root-causes/data.json'));
	if (!res.ok)
		throw new Error(
			`The root-cause data could not be loaded (HTTP ${res.status}). Run "npm run data", then build the site.`
		);
	return res.json();
};
