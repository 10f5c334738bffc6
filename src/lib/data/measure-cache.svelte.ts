/**
 * Measures the page has loaded, kept for the visit: a measure's JSON is
 * fetched the first time it is asked for, and never again. Asking is a plain
 * read (safe inside `$derived`): the download starts outside the reactive
 * graph and the entry appears when it has arrived.
 */
import { browser } from '$app/environment';
import { SvelteMap } from 'svelte/reactivity';
import type { Manifest } from '../domain/manifest';
import { loadMeasure, type MeasureData } from './load';

export type Entry =
	| { state: 'loading' }
	| { state: 'ready'; data: MeasureData }
	| { state: 'failed'; message: string };

const LOADING: Entry = { state: 'loading' };

export class MeasureCache {
	readonly #entries = new SvelteMap<string, Entry>();
	// bookkeeping outside the reactive graph on purpose (see above)
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #started = new Set<string>();
	readonly #manifest: Manifest;

	constructor(manifest: Manifest, seed: readonly MeasureData[] = []) {
		this.#manifest = manifest;
		for (const data of seed) {
			const measure = data.series[0]?.measure;
			if (!measure) continue;
			const key = `${data.record.id}:${measure}`;
			this.#started.add(key);
			this.#entries.set(key, { state: 'ready', data });
		}
	}

	get(dataset: string, measure: string): Entry {
		const key = `${dataset}:${measure}`;
		const entry = this.#entries.get(key);
		if (entry) return entry;
		if (browser && !this.#started.has(key)) {
			this.#started.add(key);
			// started after the current update, so asking never writes state while deriving
			queueMicrotask(() => this.#load(key, dataset, measure));
		}
		return LOADING;
	}

	async #load(key: string, dataset: string, measure: string) {
		try {
			const data = await loadMeasure(fetch, this.#manifest, dataset, measure);
			this.#entries.set(key, { state: 'ready', data });
		} catch (e) {
			this.#started.delete(key);
			this.#entries.set(key, {
				state: 'failed',
				message: e instanceof Error ? e.message : String(e)
			});
		}
	}
}
