/**
 * How many rows of a long table are in the page. The first rows are in the
 * prerendered page; the rest are laid down once the page is live, from the
 * first idle moment on, in short tasks of their own, so that no task of a
 * page's start builds thousands of cells: hydrating a state profile's full
 * tables was one task of about a quarter of a second on a phone, and
 * Lighthouse counts all of it as blocking. Waiting for an idle moment before
 * every slice was too slow on a busy machine: 3,142 county rows took over 15 s.
 * Printing lays down every row at once.
 */
import { flushSync, onMount } from 'svelte';

/**
 * rows in the prerendered page: the first few a reader sees (the box, 28rem high, holds about
 * twelve, and keeps its height until the rest are in); each row hydrated costs ~1 ms on a phone
 */
export const FIRST_ROWS = 6;
/** cells laid down per slice: a few milliseconds on a slow phone */
const SLICE_CELLS = 60;
/**
 * work per task: a task of 50 ms is a long task (it delays a tap); this keeps each one short even
 * on a phone four times slower than this machine, and input and painting come between them
 */
const TASK_MS = 8;

/** the first slice waits for the page's own start (data, hydration, charts) to be done */
const whenIdle = (step: () => void) =>
	typeof requestIdleCallback === 'function'
		? requestIdleCallback(step, { timeout: 1000 })
		: setTimeout(step, 0);

/** the tables still filling: paper has no idle moments to wait for */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a list of callbacks, never read by a template
const filling = new Set<() => void>();
if (typeof window !== 'undefined')
	window.addEventListener('beforeprint', () => {
		for (const all of [...filling]) all();
		flushSync();
	});

export class Slices {
	/** rows in the page: Infinity once every row is, and from then on whatever the table holds */
	count: number;

	/**
	 * `rows` and `columns` of the table, read when each slice is laid down; `first` rows come with
	 * the page (none for a table far down it, which nobody sees before it is filled)
	 */
	constructor(rows: () => number, columns: () => number, first = FIRST_ROWS) {
		this.count = $state(first);
		onMount(() => {
			let stopped = false;
			const all = () => {
				stopped = true;
				filling.delete(all);
				this.count = Infinity;
			};
			const step = () => {
				if (stopped) return;
				const end = performance.now() + TASK_MS;
				do {
					if (this.count >= rows()) return all();
					this.count += Math.max(2, Math.floor(SLICE_CELLS / Math.max(1, columns())));
					flushSync();
				} while (performance.now() < end);
				setTimeout(step, 0);
			};
			filling.add(all);
			whenIdle(step);
			return () => {
				stopped = true;
				filling.delete(all);
			};
		});
	}

	/** whether rows are still to come */
	get busy(): boolean {
		return this.count !== Infinity;
	}
}
