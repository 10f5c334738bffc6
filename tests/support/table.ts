import { expect, type Locator } from '@playwright/test';

/**
 * The rows of a table once all are in the page: a long table lays its rows
 * down after the page is live, marked aria-busy until the last one is in.
 */
export async function allRows(table: Locator): Promise<Locator[]> {
	await expect(table).toHaveAttribute('aria-busy', 'false');
	return table.locator('tbody tr').all();
}

/**
 * The place of a column among a table's headers (its first is the rows' own). A page opened
 * from a link shows its prerendered default view until it has applied the link's selection,
 * so this waits until the table has the column.
 */
export async function columnIndex(table: Locator, column: string): Promise<number> {
	await expect(table.getByRole('columnheader', { name: column, exact: true })).toHaveCount(1);
	const headers = await table.locator('thead th').allTextContents();
	const i = headers.indexOf(column);
	expect(i, `column "${column}" in ${headers.join(' | ')}`).toBeGreaterThan(0);
	return i;
}
