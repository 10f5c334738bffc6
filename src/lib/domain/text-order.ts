/**
 * Alphabetical order for names (states, counties, CBP areas, event titles):
 * letter case set aside first, then exact. Used instead of localeCompare, whose
 * first call loads the browser's collation data (15–25 ms on the main thread
 * while a page hydrates); the names here are English, where the two agree.
 */
export function compareText(a: string, b: string): number {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	if (x !== y) return x < y ? -1 : 1;
	return a < b ? -1 : a > b ? 1 : 0;
}
