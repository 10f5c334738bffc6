/**
 * State profiles: the numbers on screen against the agencies' own files, the
 * CSV against its table, accessibility (axe), a phone-sized screen, the
 * keyboard, and the one-page printed brief.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { officialRows, type OfficialRow } from '../support/official-row';
import { sharedFile } from '../support/shared-data';
import { allRows } from '../support/table';

const ALL_DRUGS =
	'cdc-vsrr/VSRR_Provisional_Drug_Overdose_Death_Counts__extract_all-drug_by_state_2015-01_to_2025-04.csv';
const T404 =
	'cdc-vsrr/cdc_api_provisional_overdose_counts__T40.4_synthetic_opioids_2015-01_to_2026-01.csv';
const POPULATION = 'census-population/NST-EST2024-ALLDATA.csv';
const NALOXONE = 'root-causes/cdc-dispensing/State Naloxone Dispensing Rates.csv';

function rows(rel: string): OfficialRow[] {
	const path = sharedFile(rel);
	test.skip(!path, `${rel} is not here`);
	return officialRows(path!);
}

/** A count as the agency wrote it ("2,830" or 2830) and as the page shows it. */
const count = (cell: string) => Number(cell.replace(/,/g, ''));
const shown = (n: number, digits = 0) =>
	n.toLocaleString('en-US', { maximumFractionDigits: digits });

function allDrugDeaths(state: string, year: string, month: string): number {
	const row = rows(ALL_DRUGS).find(
		(r) => r.get('State') === state && r.get('Year') === year && r.get('Month') === month
	);
	if (!row) throw new Error(`no official all-drug row for ${state} ${month} ${year}`);
	return count(row.get('Data Value'));
}

/** The cells (after the row header) of a row of the at-a-glance table. */
function glanceRow(page: Page, name: RegExp) {
	return page
		.getByRole('table', { name: /at a glance.*the numbers/ })
		.getByRole('row', { name })
		.getByRole('cell');
}

async function drawn(page: Page) {
	await expect(page.locator('.brief-charts canvas').first()).toHaveAttribute('data-drawn', /\d+/);
}

test.describe('Ohio', () => {
	test('deaths, the division’s sum and the crude rate match CDC’s and the Census Bureau’s files', async ({
		page
	}) => {
		const oh = allDrugDeaths('OH', '2025', 'April');
		const division = ['IL', 'IN', 'MI', 'OH', 'WI']
			.map((s) => allDrugDeaths(s, '2025', 'April'))
			.reduce((a, b) => a + b, 0);
		const pop = rows(POPULATION).find((r) => r.get('NAME') === 'Ohio')!;
		const rate = (oh / Number(pop.get('POPESTIMATE2024'))) * 100_000;
		await page.goto('/states/OH');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Ohio');
		const cells = glanceRow(page, /^Overdose deaths, all drugs/);
		await expect(cells.nth(0)).toHaveText('12 months to Apr 2025');
		await expect(cells.nth(1)).toHaveText(shown(oh));
		await expect(cells.nth(2)).toHaveText(shown(division));
		const rateCells = glanceRow(page, /^Deaths per 100,000 people \(crude rate\)/).first();
		await expect(rateCells).toHaveText('12 months to Apr 2025');
		await expect(glanceRow(page, /^Deaths per 100,000 people \(crude rate\)/).nth(1)).toHaveText(
			shown(rate, 1)
		);
	});

	test('the fentanyl chart’s table and the naloxone rate match the official files', async ({
		page
	}) => {
		const t404 = rows(T404).find(
			(r) => r.state === 'OH' && r.year === '2026' && r.month === 'January'
		)!;
		const naloxone = rows(NALOXONE).find(
			(r) => r.get('STATE_ABBREV') === 'OH' && r.get('YEAR') === '2023'
		)!;
		await page.goto('/states/OH');
		const table = page.getByRole('table', {
			name: /synthetic opioids, mainly fentanyl, Ohio.*numbers/
		});
		const tr = table.getByRole('row', { name: /^January 2026 / });
		await expect(tr.getByRole('cell').nth(0)).toHaveText(shown(count(t404.get('data_value'))));
		await expect(tr.getByRole('cell').nth(3)).toContainText('underreported');
		const nal = glanceRow(page, /^Naloxone prescriptions filled/);
		await expect(nal.nth(0)).toHaveText('2023');
		await expect(nal.nth(1)).toHaveText(naloxone.get('naloxone_dispensing_rate'));
	});

	test('a chart’s CSV download holds exactly its table', async ({ page }) => {
		await page.goto('/states/OH');
		await drawn(page);
		const figure = page.locator('section.chart', { has: page.locator('#deaths-all-drugs-title') });
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			figure.getByRole('button', { name: 'Download CSV' }).click()
		]);
		expect(download.suggestedFilename()).toBe('OH-deaths-all-drugs.csv');
		const csv = Papa.parse<string[]>(readFileSync((await download.path())!, 'utf8'), {
			skipEmptyLines: true
		}).data;
		const table = figure.getByRole('table');
		expect(csv[0]).toEqual(await table.locator('thead th').allTextContents());
		const body = await allRows(table);
		expect(csv.length - 1).toBe(body.length);
		const asShown = (cell: string) =>
			cell === '' ? '—' : /^-?[\d.]+$/.test(cell) ? shown(Number(cell), 2) : cell;
		for (const i of [0, 12, body.length - 1])
			expect(csv[i + 1]!.map(asShown)).toEqual(await body[i]!.locator('th, td').allTextContents());
	});

	test('people-first help links: FindTreatment.gov, 988 and naloxone', async ({ page }) => {
		await page.goto('/states/OH');
		const help = page.getByRole('complementary', { name: /needs help/ });
		await expect(help.getByRole('link', { name: 'FindTreatment.gov' })).toHaveAttribute(
			'href',
			'https://findtreatment.gov'
		);
		await expect(help.getByRole('link', { name: '988', exact: true })).toHaveAttribute(
			'href',
			'tel:988'
		);
		await expect(help.getByRole('link', { name: /naloxone/ })).toHaveAttribute(
			'href',
			/samhsa\.gov/
		);
	});

	test('prints as a one-page brief with the table and the two death charts', async ({ page }) => {
		await page.goto('/states/OH');
		await drawn(page);
		// the paper brief keeps the facts, not the site's navigation or its buttons
		const screenOnly = [
			page.getByRole('navigation', { name: 'Main' }),
			page.getByRole('link', { name: 'All state profiles' }),
			page.getByRole('contentinfo'),
			page.getByRole('button', { name: /Print/ }),
			page.getByRole('button', { name: 'Download CSV' }).first(),
			page.locator('#section-deaths')
		];
		for (const l of screenOnly) await expect(l).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		for (const l of screenOnly) await expect(l).toBeHidden();
		await expect(page.getByRole('table', { name: /at a glance/ })).toBeVisible();
		await expect(page.locator('.brief-charts canvas')).toHaveCount(2);
		for (const format of ['Letter', 'A4'] as const) {
			const pdf = (await page.pdf({ format })).toString('latin1');
			expect(pdf.match(/\/Type \/Pages[^>]*\/Count (\d+)/)?.[1], format).toBe('1');
		}
	});
});

test('New York: the whole state, with New York City beside the rest of the state', async ({
	page
}) => {
	const yc = allDrugDeaths('YC', '2025', 'April');
	const rest = allDrugDeaths('NY', '2025', 'April');
	await page.goto('/states');
	await page.getByRole('link', { name: 'New York', exact: true }).click();
	await expect(page).toHaveURL(/\/states\/NY$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('New York State');
	await expect(page.getByText('New York here is the whole state.')).toBeVisible();
	await expect(glanceRow(page, /^Overdose deaths, all drugs/).nth(1)).toHaveText(shown(yc + rest));
	const table = page.getByRole('table', { name: /New York City and the rest of New York State/ });
	const tr = table.getByRole('row', { name: /^April 2025 / });
	await expect(tr.getByRole('cell').nth(0)).toHaveText(shown(yc));
	await expect(tr.getByRole('cell').nth(1)).toHaveText(shown(rest));
});

test('a border state shows CBP seizures with the caveat where they are drawn', async ({ page }) => {
	await page.goto('/states/TX');
	const figure = page.locator('section.chart', { has: page.locator('#seizures-title') });
	await expect(figure).toContainText('Laredo Field Office');
	await expect(figure.locator('.caveat')).toContainText(
		'Seizures measure enforcement activity and detection, not the amount of drugs that crossed'
	);
	await page.goto('/states/OH');
	await expect(page.locator('#seizures-title')).toHaveCount(0);
});

// A profile has some 5,000 table cells: axe needs minutes on a loaded machine, so these run one at a time.
test.describe('axe', () => {
	test.describe.configure({ mode: 'serial', timeout: 300_000 });
	for (const path of ['/states/OH', '/states/NY', '/states'])
		test(`${path} passes axe (WCAG 2.1 A and AA)`, async ({ page }) => {
			await page.goto(path);
			if (path !== '/states') await drawn(page);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(
				results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
			).toEqual([]);
		});
});

test('reads on a 360-pixel-wide screen: no sideways scrolling, charts drawn', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto('/states/OH');
	await drawn(page);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	const box = await page.locator('.brief-charts canvas').first().boundingBox();
	expect(box!.width).toBeGreaterThan(250);
});

test('reachable from the menu, and by keyboard: the skip link leads to the chart’s table', async ({
	page
}) => {
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'State profiles' })
		.click();
	await page.getByRole('link', { name: 'Ohio' }).click();
	await expect(page).toHaveURL(/\/states\/OH$/);
	await drawn(page);
	const skip = page.getByRole('link', { name: 'Skip the chart: go to the data table' }).first();
	await skip.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#deaths-all-drugs-table$/);
	// the table's scrolling region takes focus, so arrow keys scroll it
	await expect(page.locator('#deaths-all-drugs-table')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(
		page.getByRole('link', { name: 'Skip the chart: go to the data table' }).nth(1)
	).toBeFocused();
});

/** The focused element as a reader hears it: its tag and its name; and whether it is on screen. */
function focused(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return { name: '', visible: false };
		const by = el.getAttribute('aria-labelledby');
		const name =
			(by && document.getElementById(by)?.textContent) ||
			el.getAttribute('aria-label') ||
			el.textContent;
		const box = el.getBoundingClientRect();
		return {
			name: `${el.tagName.toLowerCase()}: ${(name ?? '').replace(/\s+/g, ' ').trim()}`,
			visible: box.width > 0 && box.height > 0
		};
	});
}

test('Tab walks every control of the page in reading order, each one on screen', async ({
	page
}) => {
	await page.goto('/states/OH');
	await drawn(page);
	const walk: string[] = [];
	// until the second chart's skip link: the header, the help, the glance table and the first chart
	while (walk.filter((n) => n.startsWith('a: Skip the chart')).length < 2 && walk.length < 80) {
		await page.keyboard.press('Tab');
		const f = await focused(page);
		expect(f.visible, `${f.name} is focused but not shown`).toBe(true);
		walk.push(f.name);
	}
	const expected = [
		'a: Skip to main content',
		'a: State profiles',
		'a: All state profiles',
		'button: Print a one-page brief',
		'a: FindTreatment.gov',
		'a: 988',
		'div: Ohio at a glance, beside ',
		'button: Download CSV',
		'summary: Sources',
		'a: Skip the chart: go to the data table',
		'button: Download CSV',
		'button: Chart as PNG',
		'div: Drug overdose deaths, all drugs, Ohio',
		'a: Skip the chart: go to the data table'
	];
	let from = 0;
	for (const name of expected) {
		const i = walk.findIndex((n, j) => j >= from && n.startsWith(name));
		expect(i, `${name} after ${walk[from - 1]} in ${walk.join(' | ')}`).toBeGreaterThanOrEqual(0);
		from = i + 1;
	}
	// the glance table's sources open from the keyboard
	const sources = page.locator('.table-figure summary');
	await sources.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.table-figure details')).toHaveAttribute('open', '');
	await expect(page.locator('.table-figure details').getByText('Cite this:')).toBeVisible();
});
