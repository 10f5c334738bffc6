import { expect, type Locator } from '@playwright/test';

/**
 * The rows of a table once all are in the page: a long table lays its rows
 * down after the page is live, marked aria-busy until the last one is in.
 */
export async function allRows(table: Locator): Promise<Locator[]> {
	await expect(table).toHaveAttribute('aria-busy', 'false');
	return table.locator('tbody tr').all();
}
