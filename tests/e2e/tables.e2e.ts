/**
 * Long tables: the first rows come with the page, the rest are laid down
 * once it is live (aria-busy until then), and without JavaScript the whole
 * table is in the page from the start.
 */
import { expect, test } from '@playwright/test';
import { allRows } from '../support/table';

const TREND_TABLE = /deaths in the 12 months ending each month: the numbers$/;

test('a long table has every row once the page is live', async ({ page }) => {
	await page.goto('/');
	const table = page.getByRole('table', { name: TREND_TABLE });
	const rows = await allRows(table);
	// monthly since 2015: far more than the rows that come with the page
	expect(rows.length).toBeGreaterThan(100);
	await expect(rows.at(-1)!.getByRole('rowheader')).toHaveText(/^January 2015$/);
	await expect(page.locator('noscript')).not.toHaveCount(0);
});

test('without JavaScript the whole table is in the page', async ({ browser }) => {
	const live = await browser.newPage();
	await live.goto('/');
	const whole = (await allRows(live.getByRole('table', { name: TREND_TABLE }))).length;
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	const table = page.getByRole('table', { name: TREND_TABLE });
	await expect(table).toHaveCount(1);
	await expect(table.locator('tbody tr')).toHaveCount(whole);
	await expect(table.getByRole('row', { name: /^January 2015 / })).toBeVisible();
	await context.close();
	await live.close();
});
