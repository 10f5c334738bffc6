import { json } from '@sveltejs/kit';
import { rootCausesData } from '../page-data';
import type { RequestHandler } from './$types';

// written as a file when the site is built (listed in svelte.config.js: no page links to it)
export const prerender = true;

export const GET: RequestHandler = async ({ fetch }) => json(await rootCausesData(fetch));
