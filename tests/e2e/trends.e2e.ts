import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { officialRows, type OfficialRow } from '../support/official-row';
import { sharedFile } from '../support/shared-data';
import { allRows, columnIndex } from '../support/table';

// A link's selection applies once the page is live (hydrated); on a loaded machine that can take
// longer than the default five seconds, so waits are longer. Nothing here is timed.
const expect = baseExpect.configure({ timeout: 20_000 });

const ALL_DRUG =
	'cdc-vsrr/VSRR_Provisional_Drug_Overdose_Death_Counts__extract_all-drug_by_state_2015-01_to_2025-04.csv';
const US_ALL_INDICATORS =
	'cdc-vsrr/VSRR_Provisional_Drug_Overdose_Death_Counts__extract_US_2015-01_to_2025-04.csv';
const POPULATION = 'census-population/NST-EST2024-ALLDATA.csv';
/** HHS Region 5 and the Southwest border states, as HHS and CBP define them (not read from the app) */
const HHS_5 = ['IL', 'IN', 'MI', 'MN', 'OH', 'WI'];
const SOUTHWEST = ['AZ', 'CA', 'NM', 'TX'];

function rows(rel: string): OfficialRow[] {
	const path = sharedFile(rel);
	test.skip(!path, `${rel} is not here`);
	return officialRows(path!);
}
const count = (v: string) => Number(v.replace(/,/g, ''));
const fmt = (n: number) => n.toLocaleString('en-US');

/** CDC's value for a state, month and indicator, as a number. */
function official(file: OfficialRow[], state: string, year: string, month: string, column: string) {
	const row = file.find((r) => r.State === state && r.Year === year && r.Month === month);
	if (!row) throw new Error(`no official row for ${state} ${month} ${year}`);
	return count(row.get(column));
}

/** A cell of the chart's table, by the row's period and the column's header. */
async function cell(page: Page, period: string, column: string) {
	const table = page.getByRole('table', { name: /the numbers/ });
	const i = await columnIndex(table, column);
	return table
		.getByRole('row', { name: new RegExp(`^${period} `) })
		.locator('th, td')
		.nth(i);
}

test('a link with a state and a region shows CDC’s count and the sum of the region’s states', async ({
	page
}) => {
	const file = rows(ALL_DRUG);
	const ohio = official(file, 'OH', '2021', 'December', 'Data Value');
	const region = HHS_5.reduce((s, c) => s + official(file, c, '2021', 'December', 'Data Value'), 0);
	const predicted = HHS_5.reduce(
		(s, c) => s + official(file, c, '2021', 'December', 'Predicted Value'),
		0
	);
	await page.goto('/trends?measure=deaths.all-drugs&geo=OH,hhs-5&from=2019-01&to=2025-04');
	await expect(page.locator('#trend-title')).toHaveText(
		'Drug overdose deaths, all drugs: Ohio and HHS Region 5, Jan 2019 to Apr 2025'
	);
	await expect(page.getByLabel('Measure')).toHaveValue('cdc-vsrr-state:deaths.all-drugs');
	await expect(await cell(page, 'December 2021', 'Ohio, reported deaths')).toHaveText(fmt(ohio));
	await expect(await cell(page, 'December 2021', 'HHS Region 5, reported deaths')).toHaveText(
		fmt(region)
	);
	await expect(await cell(page, 'December 2021', 'HHS Region 5, predicted deaths')).toHaveText(
		fmt(predicted)
	);
	// the range: nothing before January 2019
	await expect(page.getByRole('row', { name: /^December 2018 / })).toHaveCount(0);
	await expect(page.getByRole('row', { name: /^January 2019 / })).toHaveCount(1);
	await expect(page.locator('.caveat')).toContainText('sum of its states’ values');
});

test('rates: a region’s crude rate is its summed deaths over its summed population', async ({
	page
}) => {
	const deaths = rows(ALL_DRUG);
	const people = rows(POPULATION);
	const fips: Record<string, string> = { AZ: '04', CA: '06', NM: '35', TX: '48', OH: '39' };
	const pop = (c: string) =>
		count(people.find((r) => r.SUMLEV === '040' && r.STATE === fips[c])!.get('POPESTIMATE2021'));
	const sum = (f: (c: string) => number) => SOUTHWEST.reduce((s, c) => s + f(c), 0);
	const rate =
		(sum((c) => official(deaths, c, '2021', 'December', 'Data Value')) / sum(pop)) * 100_000;
	await page.goto('/trends?measure=deaths.all-drugs&geo=OH,border-southwest&per=100k');
	await expect(page.locator('#trend-title')).toContainText('per 100,000 people (crude rate)');
	const shown = await cell(
		page,
		'December 2021',
		'Southwest border states, reported deaths per 100,000'
	);
	await expect(shown).toHaveText(/^\d+\.?\d?$/);
	expect(Math.abs(Number(await shown.textContent()) - rate)).toBeLessThan(0.051);
	await expect(page.locator('.caveat')).toContainText('usually age-adjusted');
});

test('without population estimates the rate option is disabled, with the reason', async ({
	page
}) => {
	// a copy of the dashboard without population estimates (the prerendered page carries its
	// manifest inline: arrive by a link, so the page loads the routed one)
	await page.route('**/data/manifest.json', async (route) => {
		const manifest = await (await route.fetch()).json();
		manifest.datasets = manifest.datasets.filter(
			(d: { id: string }) => d.id !== 'census-population'
		);
		await route.fulfill({ json: manifest });
	});
	await page.goto('/');
	await page.getByRole('link', { name: 'Trends' }).click();
	await expect(page).toHaveURL(/\/trends/);
	await expect(page.locator('#main canvas[data-drawn]')).toBeVisible();
	const rate = page.getByLabel('Rate per 100,000 people (crude rate)');
	await expect(rate).toBeDisabled();
	await expect(rate).toHaveAccessibleDescription(
		/population estimates, which this build does not have/
	);
});

test('changing the measure and a place by keyboard updates the chart, the table and the link', async ({
	page
}) => {
	const us = rows(US_ALL_INDICATORS);
	const heroin = us.find(
		(r) => r.Year === '2025' && r.Month === 'April' && r.Indicator === 'Heroin (T40.1)'
	)!;
	await page.goto('/trends?measure=deaths.cocaine');
	await expect(page.getByLabel('Measure')).toHaveValue('cdc-vsrr-state:deaths.cocaine');
	const canvas = page.locator('#main canvas');
	await expect(canvas).toHaveAttribute('data-drawn', /\d+/);
	const drawn = Number(await canvas.getAttribute('data-drawn'));

	await page.getByLabel('Measure').focus();
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/\/trends\?measure=deaths\.heroin$/);
	await expect(page.locator('#trend-title')).toContainText('heroin');
	await expect(await cell(page, 'April 2025', 'Reported deaths')).toHaveText(
		fmt(count(heroin.get('Data Value')))
	);
	await expect
		.poll(async () => Number(await canvas.getAttribute('data-drawn')))
		.toBeGreaterThan(drawn);

	await page.getByLabel('Add a place').focus();
	await page.keyboard.type('Connecticut');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Add', exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/geo=US,CT/);
	await expect(page.getByRole('button', { name: 'Remove Connecticut' })).toBeVisible();
	await expect(
		page.getByRole('columnheader', { name: 'Connecticut, reported deaths' })
	).toBeVisible();

	await page.getByLabel('On one chart').focus();
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/view=multiples/);
	await expect(page.getByRole('heading', { level: 3 })).toHaveText([
		'United States',
		'Connecticut'
	]);
});

test('a region with a state the dataset lacks names it, and the total stays a gap', async ({
	page
}) => {
	// CDC publishes no synthetic-opioid counts for Pennsylvania (SOURCES.md, 1b)
	await page.goto('/trends?geo=hhs-3');
	await expect(page.locator('.caveat')).toContainText(
		'HHS Region 3 adds up 6 states, but this dataset has no values for PA: the total is missing.'
	);
	await expect(page.locator('.canvas-box, .panels')).toHaveCount(0);
});

test('unknown values in a link fall back, and the page says so', async ({ page }) => {
	await page.goto('/trends?measure=deaths.unicorns&geo=ZZ&view=grid');
	const status = page.getByRole('status').filter({ hasText: 'There is no measure' });
	await expect(status).toContainText('There is no measure “deaths.unicorns” in this build');
	await expect(status).toContainText('No place called “ZZ”; left out.');
	await expect(status).toContainText('“grid” is not a valid view');
	await expect(page.locator('#trend-title')).toContainText(
		'synthetic opioids, mainly fentanyl: United States'
	);
});

test('the CSV download holds exactly the table', async ({ page }) => {
	await page.goto('/trends?measure=deaths.all-drugs&geo=OH,hhs-5&group=KY,WV&from=2023-01');
	await expect(page.locator('#trend-title')).toContainText('Your group (KY + WV)');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	expect(download.suggestedFilename()).toBe('trends-deaths.all-drugs-OH-hhs-5-custom-KY-WV.csv');
	const csv = Papa.parse<string[]>(readFileSync((await download.path())!, 'utf8'), {
		skipEmptyLines: true
	}).data;
	const table = page.getByRole('table', { name: /the numbers/ });
	expect(csv[0]).toEqual(await table.locator('thead th').allTextContents());
	await allRows(table);
	const shown = await table
		.locator('tbody tr')
		.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
	const asShown = (cell: string) =>
		cell === ''
			? '—'
			: /^-?[\d.]+$/.test(cell)
				? Number(cell).toLocaleString('en-US', { maximumFractionDigits: 2 })
				: cell;
	expect(csv.slice(1).map((r) => r.map(asShown))).toEqual(shown);
	expect(shown.length).toBeGreaterThan(20);
});

test.describe('accessibility', () => {
	for (const link of [
		'/trends',
		'/trends?measure=deaths.all-drugs&geo=OH,hhs-5,YC&group=KY,WV&view=multiples&per=100k'
	])
		test(`axe finds no WCAG 2.1 A/AA violations: ${link}`, async ({ page }) => {
			// axe reads every table cell: give it room on a busy machine
			test.setTimeout(180_000);
			await page.goto(link);
			await expect(page.locator('#trend-title')).toBeVisible();
			await expect(page.locator('#main canvas').first()).toHaveAttribute('data-drawn', /\d+/);
			const result = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(result.violations).toEqual([]);
		});

	test('at 360 px wide nothing overflows the page; the table scrolls on its own', async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/trends?measure=deaths.all-drugs&geo=OH,hhs-5&view=multiples');
		await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Ohio', 'HHS Region 5']);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
		const box = await page.locator('#main canvas').first().boundingBox();
		expect(box!.width).toBeGreaterThan(250);
		const wrap = page.locator('.table-wrap');
		// a table off screen is laid out only when it nears the viewport (content-visibility)
		await wrap.scrollIntoViewIfNeeded();
		// …at the next rendering, so the test waits for it
		await expect.poll(() => wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
	});
});
