/**
 * The URL is the state: every view is a shareable link. Prerendered pages
 * cannot read the query string at build time, so the first render (on the
 * server and during hydration) uses the defaults, and the link's own
 * selection applies as soon as the page is live in the browser.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';

class Hydration {
	done = $state(false);
}
export const hydration = new Hydration();

/** The query string once the page is live; empty while prerendering and hydrating. */
export function searchParams(): URLSearchParams {
	// a throwaway empty value, never mutated: no reactivity needed
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	return hydration.done ? page.url.searchParams : new URLSearchParams();
}

/** Changes some query parameters (null removes one) and records the view in history. */
export function setParams(changes: Record<string, string | null>): Promise<void> {
	// a local copy, edited and discarded here: no reactivity needed
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const params = new URLSearchParams(page.url.searchParams);
	for (const [k, v] of Object.entries(changes)) {
		if (v === null || v === '') params.delete(k);
		else params.set(k, v);
	}
	// ':' and ',' are legal in a query string and keep links readable: ?geo=cbp:southwest
	const query = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
	// the current page's own path (already resolved against the base path), with a new query
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	return goto(`${page.url.pathname}${query ? `?${query}` : ''}`, {
		keepFocus: true,
		noScroll: true
	});
}

/** The link that reproduces this view (just the path while prerendering, when the host is unknown). */
export function viewLink(): string {
	return hydration.done ? page.url.href : page.url.pathname;
}
