import { loadManifest } from '$lib/data/load';
import type { PageLoad } from './$types';

// The list of the site's datasets (to compare with); a person's file never goes through load.
export const load: PageLoad = async ({ fetch }) => ({ manifest: await loadManifest(fetch) });
