/**
 * V8's explicit compile hint. On a script's first line it asks V8 to compile every function as
 * the script streams in, off the main thread, rather than each one on the main thread the first
 * time it runs. The build puts it on every script the browser gets (vite.config.ts); the bench
 * reports how many of a page's scripts carry it.
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
