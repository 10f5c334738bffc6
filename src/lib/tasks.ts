/**
 * A page's start split into short tasks. The browser runs each task whole, and one over 50 ms
 * keeps a tap waiting (Lighthouse counts the excess as blocking time), so work that would join a
 * long task resolves in a task of its own instead.
 */

/** Resolves in a task of its own. */
export const nextTask = (): Promise<void> => new Promise((next) => setTimeout(next, 0));

/**
 * `value`, in a task of its own in the browser; at once on the server, where no one waits. A
 * page hydrates in the task that settles its load: without this a load's last piece of work
 * (validating a file, building a table) and the page's hydration were one long task.
 */
export const settled = <T>(value: T): T | Promise<T> =>
	import.meta.env.SSR ? value : nextTask().then(() => value);
