import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { officialRows } from '../support/official-row';
import { sharedFile } from '../support/shared-data';
import { allRows } from '../support/table';

const T404 =
	'cdc-vsrr/cdc_api_provisional_overdose_counts__T40.4_synthetic_opioids_2015-01_to_2026-01.csv';

/** The official T40.4 row for a state and month, read from CDC's file. */
function official(state: string, year: string, month: string) {
	const path = sharedFile(T404);
	test.skip(!path, `${T404} is not here`);
	const row = officialRows(path!).find(
		(r) =>
			r.state === state &&
			r.year === year &&
			r.month === month &&
			r.get('indicator').includes('T40.4')
	);
	if (!row) throw new Error(`no official row for ${state} ${month} ${year}`);
	return row;
}

const fmt = (v: string) => Number(v).toLocaleString('en-US');

/** The fentanyl trend figure (the overview also holds a map with its own table and downloads). */
const trend = (page: Page) =>
	page.getByRole('region', { name: /deaths in the 12 months ending each month$/ });

test('a link with ?geo=OH shows Ohio, and the table matches CDC’s file', async ({ page }) => {
	const row = official('OH', '2024', 'June');
	await page.goto('/?geo=OH');
	await expect(page.getByLabel('Place')).toHaveValue('OH');
	await expect(trend(page).getByRole('heading', { level: 2 })).toContainText('Ohio');
	const table = trend(page).getByRole('table', { name: /the numbers/ });
	const tr = table.getByRole('row', { name: /^June 2024 / });
	await expect(tr.getByRole('cell').nth(0)).toHaveText(fmt(row.get('data_value')));
	await expect(tr.getByRole('cell').nth(1)).toHaveText(fmt(row.get('predicted_value')));
});

test('the summary sentence reads the latest month and the change from a year earlier', async ({
	page
}) => {
	const latest = official('US', '2026', 'January');
	const yearBefore = official('US', '2025', 'January');
	const pct = Math.round(
		(1 - Number(latest.get('data_value')) / Number(yearBefore.get('data_value'))) * 100
	);
	await page.goto('/');
	await expect(page.locator('#fentanyl-summary')).toHaveText(
		new RegExp(
			`12 months ending January 2026, ${fmt(latest.get('data_value'))} people in the United States .* down ${pct} % from`
		)
	);
});

test('choosing a place updates the chart, the table and the link', async ({ page }) => {
	const row = official('YC', '2024', 'March');
	await page.goto('/');
	const canvas = page.locator('canvas');
	await expect(canvas).toHaveAttribute('data-drawn', /\d+/);
	// drawn means painted: a new chart is laid out in one task and painted in the next
	const inked = await canvas.evaluate((c: HTMLCanvasElement) => {
		const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
		let dark = 0;
		for (let i = 0; i < data.length; i += 4)
			if (data[i + 3]! > 0 && data[i]! + data[i + 1]! + data[i + 2]! < 384) dark++;
		return dark;
	});
	expect(inked, 'the chart has lines and labels on it').toBeGreaterThan(500);
	await page.getByLabel('Place').selectOption({ label: 'New York City' });
	await expect(page).toHaveURL(/\?geo=YC$/);
	const tr = page.getByRole('row', { name: /^March 2024 / });
	await expect(tr.getByRole('cell').nth(0)).toHaveText(fmt(row.get('data_value')));
	await page.goBack();
	await expect(page.getByLabel('Place')).toHaveValue('US');
});

test('suppressed and low-quality months read as such, never as zero', async ({ page }) => {
	const path = sharedFile(T404);
	test.skip(!path, `${T404} is not here`);
	const blank = officialRows(path!).find(
		(r) => r.state === 'AK' && r.data_value === '' && /low data quality/.test(r.get('footnote'))
	);
	expect(blank, 'the official file has a blank Alaska month').toBeTruthy();
	const month = new Date(`${blank!.get('month')} 1, ${blank!.get('year')}`).toLocaleString(
		'en-US',
		{
			month: 'long',
			year: 'numeric'
		}
	);
	await page.goto('/?geo=AK');
	const tr = page.getByRole('row', { name: new RegExp(`^${month} `) });
	await expect(tr.getByRole('cell').nth(0)).toHaveText('—');
	await expect(tr.getByRole('cell').nth(3)).toHaveText('Not shown: low data quality');
});

test('recent underreported months are marked in the table', async ({ page }) => {
	await page.goto('/?geo=OH');
	const tr = page.getByRole('row', { name: /^January 2026 / });
	await expect(tr.getByRole('cell').nth(3)).toContainText('underreported');
});

test('the CSV download holds exactly the table, and the cite line links to this view', async ({
	page,
	baseURL
}) => {
	await page.goto('/?geo=OH');
	await expect(page.getByLabel('Place')).toHaveValue('OH');
	await expect(trend(page).locator('p', { hasText: 'Cite this:' })).toContainText(
		`Via Fentanyl Data Dashboard: ${baseURL}/?geo=OH`
	);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		trend(page).getByRole('button', { name: 'Download CSV' }).click()
	]);
	expect(download.suggestedFilename()).toBe('fentanyl-deaths-OH.csv');
	const csv = Papa.parse<string[]>(readFileSync((await download.path())!, 'utf8'), {
		skipEmptyLines: true
	}).data;
	const table = trend(page).getByRole('table', { name: /the numbers/ });
	const header = await table.locator('thead th').allTextContents();
	expect(csv[0]).toEqual(header);
	const rows = await allRows(table);
	expect(csv.length - 1).toBe(rows.length);
	const first = await rows[0]!.locator('th, td').allTextContents();
	const asShown = (cell: string) =>
		cell === ''
			? '—'
			: /^-?[\d.]+$/.test(cell)
				? Number(cell).toLocaleString('en-US', { maximumFractionDigits: 2 })
				: cell;
	expect(csv[1]!.map(asShown)).toEqual(first);
});
