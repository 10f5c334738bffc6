/** Driving the explore page in browser tests: choosing a file, reading it through its mapping. */
import { expect, type Page } from '@playwright/test';

const FIXTURES = new URL('../e2e/fixtures/explore/', import.meta.url);
export const fixture = (name: string) => new URL(name, FIXTURES).pathname;

export async function chooseFile(page: Page, file: string | { name: string; text: string }) {
	const files =
		typeof file === 'string'
			? fixture(file)
			: { name: file.name, mimeType: 'text/csv', buffer: Buffer.from(file.text) };
	const input = page.getByLabel('Choose a CSV file');
	// enabled once the page's script runs
	await expect(input).toBeEnabled();
	await input.setInputFiles(files);
}

/** Chooses a file that needs mapping, accepts the guessed mapping and reads it whole. */
export async function readOwnFile(page: Page, file: Parameters<typeof chooseFile>[1]) {
	await chooseFile(page, file);
	await expect(page.getByRole('heading', { name: 'Which columns hold what' })).toBeVisible();
	await page.getByRole('button', { name: 'Read the whole file' }).click();
	await expect(page.getByRole('status')).toContainText(/^Read /);
}

export const selected = (page: Page, label: string) =>
	page.getByLabel(label, { exact: true }).locator('option:checked');
export const figureTable = (page: Page) => page.getByRole('table', { name: /the numbers$/ });
export const tableRow = (page: Page, name: RegExp) => figureTable(page).getByRole('row', { name });
