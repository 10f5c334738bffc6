/**
 * The overview as a reader meets it: headline figures and the state map's
 * table checked against CDC's own files, the map walked by keyboard, the
 * map's CSV compared with its table, axe, and a 360 px wide phone screen.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { officialRows } from '../support/official-row';
import { sharedFile } from '../support/shared-data';
import { MONTH_NAMES } from '../../src/lib/domain/period';
import { allRows } from '../support/table';

const ALL_DRUGS =
	'cdc-vsrr/VSRR_Provisional_Drug_Overdose_Death_Counts__extract_all-drug_by_state_2015-01_to_2025-04.csv';
const T404 =
	'cdc-vsrr/cdc_api_provisional_overdose_counts__T40.4_synthetic_opioids_2015-01_to_2026-01.csv';

interface Row {
	state: string;
	name: string;
	year: string;
	month: string;
	value: string;
	footnote: string;
}

/** An official file's rows; the CSV download and the API export name their columns differently. */
function rowsOf(rel: string): Row[] {
	const path = sharedFile(rel);
	test.skip(!path, `${rel} is not here`);
	return officialRows(path!).map((r) => {
		const api = 'data_value' in r;
		const get = (csv: string, json: string) => r.get(api ? json : csv);
		return {
			state: get('State', 'state'),
			name: get('State Name', 'state_name'),
			year: get('Year', 'year'),
			month: get('Month', 'month'),
			value: get('Data Value', 'data_value'),
			footnote: get('Footnote', 'footnote')
		};
	});
}
const count = (v: string) => Number(v.replace(/,/g, ''));
const fmt = (n: number) => n.toLocaleString('en-US');
const at = (r: Row, year: string | number, month: string) =>
	r.year === String(year) && r.month === month;

/** The latest month in a list of rows, as [year, month name]. */
function latest(rows: readonly Row[]): [string, string] {
	const key = (r: Row) => Number(r.year) * 12 + (MONTH_NAMES as readonly string[]).indexOf(r.month);
	const last = rows.reduce((a, b) => (key(b) > key(a) ? b : a));
	return [last.year, last.month];
}

const mapFigure = (page: Page) => page.getByRole('region', { name: /, by state: .* \d{4}$/ });
/** The outlines arrive after the page is live; a busy machine may take a while. */
const mapDrawn = (page: Page) =>
	expect(page.locator('svg[role="group"] a[data-fips="39"]')).toBeVisible({ timeout: 20_000 });
const mapLink = (page: Page, fips: string) =>
	page.locator(`svg[role="group"] a[data-fips="${fips}"]`);

test('opened from a link, the headline gives CDC’s latest US all-drug count and its change from a year earlier', async ({
	page
}) => {
	const us = rowsOf(ALL_DRUGS).filter((r) => r.state === 'US');
	const [year, month] = latest(us);
	const now = count(us.find((r) => at(r, year, month))!.value);
	const before = count(us.find((r) => at(r, Number(year) - 1, month))!.value);
	await page.goto('/sources');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Overview' })
		.click();
	await expect(page).toHaveURL(/\/$/);
	const card = page.getByRole('article', { name: 'Drug overdose deaths, all drugs' });
	await expect(card.locator('[data-headline="all-drugs"]')).toHaveText(fmt(now));
	await expect(card).toContainText(`people died in the 12 months ending ${month} ${year}`);
	const pct = Math.round(Math.abs((now / before - 1) * 100));
	await expect(card).toContainText(
		`${now < before ? 'Down' : 'Up'} ${pct} % from ${fmt(before)} in the 12 months ending ${month} ${Number(year) - 1}`
	);
});

test('the fentanyl headline matches CDC’s latest US synthetic-opioid count', async ({ page }) => {
	const us = rowsOf(T404).filter((r) => r.state === 'US');
	const [year, month] = latest(us);
	const row = us.find((r) => at(r, year, month))!;
	await page.goto('/');
	const card = page.getByRole('article', { name: /synthetic opioids/ });
	await expect(card.locator('[data-headline="synthetic-opioids"]')).toHaveText(
		fmt(count(row.value))
	);
	await expect(card).toContainText(`12 months ending ${month} ${year}`);
});

test('a link with ?map=all-drugs&per=count maps numbers of deaths, and the table matches CDC’s file; New York is the whole state', async ({
	page
}) => {
	const rows = rowsOf(ALL_DRUGS);
	const [year, month] = latest(rows);
	const value = (state: string) =>
		count(rows.find((r) => r.state === state && r.year === year && r.month === month)!.value);
	await page.goto('/?map=all-drugs&per=count');
	await expect(page.getByLabel('Map deaths involving')).toHaveValue('all-drugs');
	await expect(page.getByRole('radio', { name: 'Number of deaths' })).toBeChecked();
	const fig = mapFigure(page);
	await expect(fig.getByRole('heading', { level: 2 })).toContainText(
		`all drugs, by state: number of deaths, 12 months ending ${month} ${year}`
	);
	const table = fig.getByRole('table');
	await expect(table.locator('tbody tr')).toHaveCount(51);
	const cell = (state: string) =>
		table
			.getByRole('row', { name: new RegExp(`^${state} `) })
			.getByRole('cell')
			.first();
	await expect(cell('Ohio')).toHaveText(fmt(value('OH')));
	// CDC's NY is the state without New York City (YC); the map shows the two together
	await expect(cell('New York')).toHaveText(fmt(value('NY') + value('YC')));
	await mapDrawn(page);
	await expect(mapLink(page, '36')).toHaveAttribute(
		'aria-label',
		`New York: ${fmt(value('NY') + value('YC'))} deaths, 12 months ending ${month} ${year}`
	);
});

test('by default the map shows crude rates: CDC’s count over the Census Bureau’s population, per 100,000', async ({
	page
}) => {
	const rows = rowsOf(ALL_DRUGS);
	const [year, month] = latest(rows);
	const deaths = count(rows.find((r) => r.state === 'OH' && at(r, year, month))!.value);
	const popFile = sharedFile('census-population/NST-EST2024-ALLDATA.csv');
	test.skip(!popFile, 'the Census population file is not here');
	const ohio = officialRows(popFile!).find((r) => r.get('NAME') === 'Ohio')!;
	// no estimate for the count's year yet: the latest (2024) stands in, and the page says so
	expect(Number(year)).toBeGreaterThan(2024);
	const rate = (deaths / Number(ohio.get('POPESTIMATE2024'))) * 100_000;
	await page.goto('/?map=all-drugs');
	await expect(page.getByRole('radio', { name: 'Deaths per 100,000 people' })).toBeChecked();
	const fig = mapFigure(page);
	await expect(fig.getByRole('heading', { level: 2 })).toContainText(
		'by state: deaths per 100,000 people (crude rate)'
	);
	await expect(fig).toContainText('July 1, 2024 estimate, the latest there is');
	const header = await fig.getByRole('table').locator('thead th').allTextContents();
	const column = header.findIndex((h) => h.startsWith('Deaths per 100,000 people (crude rate)'));
	const row = fig.getByRole('row', { name: /^Ohio / });
	await expect(row.locator('th, td').nth(column)).toHaveText(
		rate.toLocaleString('en-US', { maximumFractionDigits: 1 })
	);
});

test('the map tells no data from not published: each state says which, as CDC’s file does', async ({
	page
}) => {
	const rows = rowsOf(T404);
	const [year, month] = latest(rows);
	const blank = rows.find(
		(r) =>
			!['PR', 'YC', 'NY'].includes(r.state) &&
			at(r, year, month) &&
			r.value === '' &&
			/low data quality/.test(r.footnote)
	);
	expect(blank, 'the official file has a state not shown for low data quality').toBeTruthy();
	expect(
		rows.some((r) => r.state === 'LA'),
		'CDC publishes no synthetic-opioid rows for Louisiana'
	).toBe(false);
	await page.goto('/');
	await mapDrawn(page);
	await expect(mapLink(page, '22')).toHaveAttribute('aria-label', /^Louisiana: no data,/);
	await expect(page.locator(`svg[role="group"] a[aria-label^="${blank!.name}:"]`)).toHaveAttribute(
		'aria-label',
		/not published \(low data quality\)/
	);
	const legend = page.getByRole('list', { name: /^Deaths.*, 12 months ending/ });
	for (const entry of ['Zero', 'Suppressed', 'Not published', 'No data'])
		await expect(legend.getByRole('listitem').filter({ hasText: entry })).toHaveCount(1);
	await expect(legend.getByRole('listitem').filter({ hasText: 'No data' })).toContainText(
		'(2 states)'
	);
});

test('the map is walked by keyboard: Tab reaches it, arrows move, each state says its value, Enter opens it', async ({
	page
}) => {
	await page.goto('/');
	await mapDrawn(page);
	// Tab from the top of the page until a state has focus: the map is one Tab stop
	let fips: string | null = null;
	for (let i = 0; i < 80 && !fips; i++) {
		await page.keyboard.press('Tab');
		fips = await page.evaluate(() => document.activeElement?.getAttribute('data-fips') ?? null);
	}
	expect(fips, 'the first state by name takes the Tab stop').toBe('01');
	await page.keyboard.press('End');
	await expect(page.locator(':focus')).toHaveAttribute('data-fips', '56');
	await page.keyboard.press('ArrowLeft'); // from Wyoming, west is Idaho or Utah
	const label = (await page.locator(':focus').getAttribute('aria-label'))!;
	const [name, value] = label.split(/: |, 12 months/);
	expect(['Idaho', 'Utah']).toContain(name);
	// the value heard is the one in the state's row of the table
	const row = mapFigure(page).getByRole('row', { name: new RegExp(`^${name} `) });
	const number = value!.replace(/ deaths.*$/, '').replace(/\./g, '\\.');
	await expect(
		row.getByRole('cell').filter({ hasText: new RegExp(`^${number}$`) })
	).not.toHaveCount(0);
	await expect(page.locator('#state-map-readout')).toHaveText(label);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/states/${name === 'Idaho' ? 'ID' : 'UT'}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^${name}:`));
});

test('a click on a state opens its page', async ({ page }) => {
	await page.goto('/');
	await mapDrawn(page);
	await mapLink(page, '48').click();
	await expect(page).toHaveURL(/\/states\/TX$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Texas:/);
});

test('the map’s CSV holds exactly its table, and its PNG is a picture', async ({ page }) => {
	await page.goto('/?map=all-drugs');
	const fig = mapFigure(page);
	await mapDrawn(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		fig.getByRole('button', { name: 'Download CSV' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(
		/^overdose-deaths-by-state-all-drugs-rate-\d{4}-\d{2}\.csv$/
	);
	const csv = Papa.parse<string[]>(readFileSync((await download.path())!, 'utf8'), {
		skipEmptyLines: true
	}).data;
	const table = fig.getByRole('table');
	expect(csv[0]).toEqual(await table.locator('thead th').allTextContents());
	await allRows(table);
	const shown = await table
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim()))
		);
	const asShown = (cell: string) =>
		cell === ''
			? '—'
			: /^-?[\d.]+$/.test(cell)
				? Number(cell).toLocaleString('en-US', { maximumFractionDigits: 1 })
				: cell;
	expect(csv.slice(1).map((r) => r.map(asShown))).toEqual(shown);

	const [png] = await Promise.all([
		page.waitForEvent('download'),
		fig.getByRole('button', { name: 'Chart as PNG' }).click()
	]);
	const bytes = readFileSync((await png.path())!);
	expect(bytes.subarray(1, 4).toString()).toBe('PNG');
	expect(bytes.length).toBeGreaterThan(20_000);
});

test('?level=county maps the derived county rates, labelled derived, and the table matches the derived file', async ({
	page
}) => {
	const rel = 'cdc-vsrr-county/derived/od_counties.json';
	const path = sharedFile(rel);
	test.skip(!path, `${rel} is not here`);
	const counties = JSON.parse(readFileSync(path!, 'utf8')) as Record<
		string,
		{ mort_100k: number | null }
	>;
	const cuyahoga = counties['39035']!.mort_100k!;
	// 3,142 counties and their table: seconds of drawing on a busy 2-core machine
	test.setTimeout(240_000);
	await page.goto('/?level=county');
	await expect(page.getByRole('radio', { name: /Counties/ })).toBeChecked();
	const fig = page.getByRole('region', {
		name: /, by county: .* derived by a third party from CDC data$/
	});
	await expect(fig.locator('svg[role="group"] g[data-fips="39035"]')).toHaveAttribute(
		'aria-label',
		`Cuyahoga, OH: ${cuyahoga.toLocaleString('en-US', { maximumFractionDigits: 1 })} deaths per 100,000 people, 12 months ending December 2024`,
		{ timeout: 150_000 }
	);
	// "derived" in the legend, the source and the cite line, not only in the title
	await expect(
		fig.getByText(/^Deaths per 100,000 people, 12 months ending December 2024 \(derived\)$/)
	).toBeVisible();
	await expect(fig.locator('.source')).toContainText('derived by a third party from official data');
	await expect(fig.locator('p', { hasText: 'Cite this:' })).toContainText(
		'(derived by a third party'
	);
	// the table's 3,142 rows are laid down after the map, a few at a time
	const row = fig.getByRole('row', { name: /^Cuyahoga OH 39035 / });
	await expect(row.getByRole('cell').nth(2)).toHaveText(
		cuyahoga.toLocaleString('en-US', { maximumFractionDigits: 1 }),
		{ timeout: 60_000 }
	);
	const gap = Object.entries(counties).find(([, c]) => c.mort_100k === null)![0];
	await expect(fig.locator(`g[data-fips="${gap}"]`)).toHaveAttribute(
		'aria-label',
		/: not published,/
	);
});

test('the overview passes axe (WCAG 2.1 A and AA) with the map drawn', async ({ page }) => {
	await page.goto('/');
	await mapDrawn(page);
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test.describe('on a phone 360 px wide', () => {
	test.use({ viewport: { width: 360, height: 800 } });

	test('nothing overflows sideways except the scrollable tables', async ({ page }) => {
		await page.goto('/');
		await mapDrawn(page);
		const wide = await page.evaluate(() => {
			const limit = document.documentElement.clientWidth + 1;
			return [...document.querySelectorAll('body *')]
				.filter((el) => !el.closest('.table-wrap') || el.matches('.table-wrap'))
				.filter((el) => {
					const r = el.getBoundingClientRect();
					return r.width > 0 && r.right > limit;
				})
				.map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}`);
		});
		expect(wide).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
		const box = await page.locator('svg[role="group"]').boundingBox();
		expect(box!.width).toBeGreaterThan(300);
	});
});
