import { loadManifest } from '$lib/data/load';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => ({ manifest: await loadManifest(fetch) });
