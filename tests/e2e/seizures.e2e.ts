import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { officialRows, type OfficialRow } from '../support/official-row';
import { sharedFile } from '../support/shared-data';
import { allRows, columnIndex } from '../support/table';

const NATIONWIDE = [
	'cbp-seizures/nationwide-drugs-fy19-fy22.csv',
	'cbp-seizures/nationwide-drugs-fy23-fy26-apr.csv'
];
const AMO = [
	'cbp-seizures/amo-drug-seizures-fy19-fy22.csv',
	'cbp-seizures/amo-drug-seizures-fy23-fy26-dec.csv'
];
const T404 =
	'cdc-vsrr/cdc_api_provisional_overdose_counts__T40.4_synthetic_opioids_2015-01_to_2026-01.csv';
/** The Southwest border states, as CBP names them (not read from the app) */
const SOUTHWEST_STATES = ['AZ', 'CA', 'NM', 'TX'];

function rows(files: string[]): OfficialRow[] {
	return files.flatMap((rel) => {
		const path = sharedFile(rel);
		test.skip(!path, `${rel} is not here`);
		return officialRows(path!);
	});
}

/** CBP's fiscal year of a row: '2026 (FYTD)' -> 2026. */
const fy = (r: OfficialRow) => parseInt(r.get('FY'), 10);
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** The calendar year of a row: October–December belong to the year before the fiscal year. */
const calendarYear = (r: OfficialRow) =>
	MONTHS.indexOf(r.get('Month (abbv)')) >= 9 ? fy(r) - 1 : fy(r);
const sum = (rs: OfficialRow[], column: string) =>
	rs.reduce((n, r) => n + Number(r.get(column)), 0);

/** As the table shows an amount: thousands separated, at most three decimals. */
const shown = (n: number) =>
	Number(n.toPrecision(12)).toLocaleString('en-US', { maximumFractionDigits: 3 });

/** The cell of a table at a row (by its first cell) and a column (by its header). */
async function cell(page: Page, table: string, row: RegExp, column: string) {
	const t = page.locator(`#${table}-table table`);
	const i = await columnIndex(t, column);
	return t.getByRole('row', { name: row }).locator('th, td').nth(i);
}

const drawn = async (page: Page, id: string) => {
	const canvas = page.locator(`#${id}-title ~ .canvas-box canvas`);
	await expect(canvas).toHaveAttribute('data-drawn', /\d+/);
	return Number(await canvas.getAttribute('data-drawn'));
};

test('a link with its selection shows CBP’s own numbers: the Southwest border by component, by fiscal year', async ({
	page
}) => {
	const southwest = (r: OfficialRow) =>
		r.get('Region') === 'Southwest Border' && r.get('Drug Type') === 'Fentanyl' && fy(r) === 2023;
	const nationwide = rows(NATIONWIDE).filter(southwest);
	const amo = rows(AMO).filter(southwest);
	const ports = nationwide.filter((r) => r.get('Component') === 'Office of Field Operations');
	const total = sum(nationwide, 'Sum Qty (lbs)') + sum(amo, 'Sum Qty (lbs)');

	await page.goto('/seizures?drug=fentanyl&unit=lbs&geo=cbp:southwest&by=component&period=fy');
	await expect(page.getByLabel('Where', { exact: true })).toHaveValue('cbp:southwest');
	await expect(page.locator('#seizures-title')).toContainText('Southwest border');
	await expect(
		await cell(page, 'seizures', /^FY2023 /, 'At ports of entry (Office of Field Operations) (lbs)')
	).toHaveText(shown(sum(ports, 'Sum Qty (lbs)')));
	await expect(await cell(page, 'seizures', /^FY2023 /, 'Total (lbs)')).toHaveText(shown(total));
	// the deaths beside it are the Southwest border states' sum, as CDC counts them
	const deaths = rows([T404]).filter(
		(r) =>
			SOUTHWEST_STATES.includes(r.get('state')) &&
			r.get('year') === '2023' &&
			r.get('month') === 'September'
	);
	expect(deaths).toHaveLength(4);
	await expect(page.locator('#deaths-title')).toContainText('Southwest border states');
	await expect(await cell(page, 'deaths', /^September 2023 /, 'Reported deaths')).toHaveText(
		sum(deaths, 'data_value').toLocaleString('en-US')
	);
});

test('a calendar year of seizure events in one area adds January–December from CBP’s fiscal-year rows', async ({
	page
}) => {
	const picked = rows(NATIONWIDE).filter(
		(r) =>
			r.get('Area of Responsibility') === 'SAN DIEGO FIELD OFFICE' &&
			r.get('Drug Type') === 'Methamphetamine' &&
			calendarYear(r) === 2024
	);
	await page.goto(
		'/seizures?drug=methamphetamine&unit=events&geo=cbp:san-diego-field-office&period=cy'
	);
	await expect(page.getByLabel('Split by', { exact: true })).toHaveValue('total');
	await expect(
		await cell(page, 'seizures', /^2024 /, 'San Diego Field Office (events)')
	).toHaveText(sum(picked, 'Count of Event').toLocaleString('en-US'));
	await expect(page.getByRole('row', { name: /^2018 / })).toContainText('Only 3 of 12 months');
});

test('the share of fentanyl seized at ports of entry is CBP’s own, next to the chart', async ({
	page
}) => {
	const year = (r: OfficialRow) => r.get('Drug Type') === 'Fentanyl' && fy(r) === 2025;
	const nationwide = rows(NATIONWIDE).filter(year);
	const ports = nationwide.filter((r) => r.get('Component') === 'Office of Field Operations');
	const total = sum(nationwide, 'Sum Qty (lbs)') + sum(rows(AMO).filter(year), 'Sum Qty (lbs)');
	const portsLbs = Math.round(sum(ports, 'Sum Qty (lbs)')).toLocaleString('en-US');

	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/seizures');
	const aside = page.getByRole('complementary', { name: 'Before you compare' });
	await expect(aside).toContainText(
		`In FY2025, ${portsLbs} of the ${Math.round(total).toLocaleString('en-US')} pounds of fentanyl CBP seized across CBP`
	);
	const caveat = page.locator('#enforcement-caveat');
	await expect(caveat).toBeVisible();
	await expect(caveat).toContainText('not the amount of drugs that crossed the border');
	await expect(page.locator('#seizures-title ~ .caveat')).toContainText(
		'not the amount of drugs that crossed'
	);
	// beside the chart: to its right, overlapping it from top to bottom
	const chart = (await page.locator('#seizures-title ~ .canvas-box').boundingBox())!;
	const box = (await aside.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(chart.x + chart.width);
	expect(box.y).toBeLessThan(chart.y + chart.height);
});

test('changing the drug and the period by keyboard updates the chart, the table and the link', async ({
	page
}) => {
	const heroin = rows(NATIONWIDE).filter(
		(r) =>
			r.get('Drug Type') === 'Heroin' &&
			r.get('Region') === 'Southwest Border' &&
			r.get('Component') === 'U.S. Border Patrol' &&
			fy(r) === 2022
	);
	await page.goto('/seizures?geo=cbp:southwest');
	await expect(page.getByLabel('Drug', { exact: true })).toHaveValue('fentanyl');
	const before = await drawn(page, 'seizures');

	await page.getByLabel('Drug', { exact: true }).focus();
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/\/seizures\?(?=.*\bdrug=heroin\b)(?=.*\bgeo=cbp:southwest\b)/);
	await expect(page.locator('#seizures-title')).toContainText('heroin');
	await expect(
		await cell(page, 'seizures', /^FY2022 /, 'Between ports of entry (U.S. Border Patrol) (lbs)')
	).toHaveText(shown(sum(heroin, 'Sum Qty (lbs)')));
	await expect.poll(() => drawn(page, 'seizures')).toBeGreaterThan(before);

	// Tab walks the controls in the order they are shown
	for (const label of ['Measure', 'Where', 'Split by', 'Period']) {
		await page.keyboard.press('Tab');
		await expect(page.getByLabel(label, { exact: true })).toBeFocused();
	}
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/period=cy/);
	await expect(page.locator('#seizures-table thead th').first()).toHaveText('Calendar year');
	await expect(page.locator('#deaths-table tbody th').first()).toHaveText(/^December /);

	await page.goBack();
	await expect(page.getByLabel('Period', { exact: true })).toHaveValue('fy');
});

test('the CSV download holds exactly the table', async ({ page }) => {
	await page.goto('/seizures?geo=cbp:all:ofo&by=region&period=month');
	await expect(page.getByLabel('Split by', { exact: true })).toHaveValue('region');
	const figure = page.locator('section', { has: page.locator('#seizures-title') });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'Download CSV' }).click()
	]);
	expect(download.suggestedFilename()).toBe('seizures-fentanyl-lbs-cbp-all-ofo-region-month.csv');
	const csv = Papa.parse<string[]>(readFileSync((await download.path())!, 'utf8'), {
		skipEmptyLines: true
	}).data;
	const table = page.locator('#seizures-table table');
	expect(csv[0]).toEqual(await table.locator('thead th').allTextContents());
	const trs = await allRows(table);
	expect(csv.length - 1).toBe(trs.length);
	// an empty CSV cell is a gap ('—') in a number column and an empty note in the notes
	const asShown = (c: string, text: string) =>
		c === '' ? (text === '—' ? '—' : '') : /^-?[\d.]+(e-?\d+)?$/.test(c) ? shown(Number(c)) : c;
	for (const i of [0, 1, trs.length - 1]) {
		const texts = await trs[i]!.locator('th, td').allTextContents();
		expect(csv[i + 1]!.map((c, k) => asShown(c, texts[k]!))).toEqual(texts);
	}
});

test('values a link gets wrong fall back, and the page says what it shows instead', async ({
	page
}) => {
	await page.goto('/seizures?drug=unobtainium&geo=cbp:tucson-sector&by=component');
	const status = page.getByRole('status').filter({ hasText: 'unobtainium' });
	await expect(status).toContainText('“unobtainium” is not one of the drugs in CBP’s files');
	await expect(status).toContainText('Tucson Sector cannot be split by');
	await expect(page.getByLabel('Drug', { exact: true })).toHaveValue('fentanyl');
	await expect(page.getByLabel('Split by', { exact: true })).toHaveValue('total');
	await page.goto('/seizures?drug=ketamine&by=total');
	await expect(page.getByRole('status').filter({ hasText: 'ketamine' })).toContainText(
		'Air and Marine Operations do not report ketamine'
	);
	// only the ports of entry list ketamine: one part, no total
	await expect(page.locator('#seizures-table thead th')).toHaveText([
		'Fiscal year',
		'At ports of entry (Office of Field Operations) (lbs)',
		'Notes'
	]);
});

for (const link of [
	'/seizures',
	'/seizures?drug=cocaine&unit=events&geo=cbp:southwest&by=area&period=month&labs=TX'
])
	test(`axe finds no WCAG 2.1 A/AA violations: ${link}`, async ({ page }) => {
		await page.goto(link);
		await drawn(page, 'seizures');
		await drawn(page, 'deaths');
		const result = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(result.violations).toEqual([]);
	});

test('at 360 px wide nothing overflows the page; the tables scroll on their own', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/seizures?geo=cbp:southwest&by=area');
	await drawn(page, 'seizures');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	for (const id of ['seizures', 'deaths']) {
		const box = await page.locator(`#${id}-title ~ .canvas-box canvas`).boundingBox();
		expect(box!.width).toBeGreaterThan(300);
	}
	const wrap = page.locator('#seizures-table');
	// a table off screen is laid out only when it nears the viewport (content-visibility)
	await wrap.scrollIntoViewIfNeeded();
	// …at the next rendering, so the test waits for it
	await expect.poll(() => wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
	await expect(page.locator('#enforcement-caveat')).toBeVisible();
});
