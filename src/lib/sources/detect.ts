/**
 * Recognizing a file by its header: a header matches when it holds every
 * column a format needs (in any order, whatever the extra columns).
 */

export function normalizeHeader(cells: readonly string[]): string[] {
	return cells.map((c) => c.replace(/^\uFEFF/, '').trim());
}

/** Index of the first of the head rows that holds all `required` columns, or -1. */
export function findHeader(
	head: readonly (readonly string[])[],
	required: readonly string[]
): number {
	return head.findIndex((row) => {
		const have = new Set(normalizeHeader(row));
		return required.every((c) => have.has(c));
	});
}

/**
 * For a header that holds most but not all of a shape's columns: the missing
 * ones, and the head row that comes closest. A renamed or dropped column then
 * gets a message that names it, at the header's row.
 */
export function missingColumns(
	head: readonly (readonly string[])[],
	required: readonly string[]
): { missing: string[]; row: number } | null {
	let best: { missing: string[]; row: number } | null = null;
	head.forEach((cells, row) => {
		const have = new Set(normalizeHeader(cells));
		const missing = required.filter((c) => !have.has(c));
		if (
			missing.length &&
			missing.length <= required.length / 3 &&
			(!best || missing.length < best.missing.length)
		)
			best = { missing, row };
	});
	return best;
}
