/**
 * The root-cause explorer in a real browser: a link with its selection opens
 * that view; the correlation shown matches one computed here, independently
 * of the app, from CDC's, the Census Bureau's and CDC's dispensing files; a
 * state can be highlighted by keyboard; event kinds can be switched off; the
 * CSV holds the table; no axe violations; usable at 360 px.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { officialRows } from '../support/official-row';
import { sharedFile } from '../support/shared-data';
import { allRows } from '../support/table';

const FILES = {
	deaths:
		'cdc-vsrr/cdc_api_provisional_overdose_counts__T40.4_synthetic_opioids_2015-01_to_2026-01.csv',
	population: 'census-population/NST-EST2024-ALLDATA.csv',
	naloxone: 'root-causes/cdc-dispensing/State Naloxone Dispensing Rates.csv',
	kff: 'root-causes/kff-medicaid-expansion/aca_exp_raw_data.csv'
};

const acrossCanvas = (page: Page) =>
	page.locator('section.chart', { has: page.locator('#across-title') }).locator('canvas');

function pearson(x: number[], y: number[]): number {
	const mx = x.reduce((a, b) => a + b, 0) / x.length;
	const my = y.reduce((a, b) => a + b, 0) / y.length;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	x.forEach((xi, i) => {
		sxy += (xi - mx) * (y[i]! - my);
		sxx += (xi - mx) ** 2;
		syy += (y[i]! - my) ** 2;
	});
	return sxy / Math.sqrt(sxx * syy);
}
const rank = (v: number[]) =>
	v.map((a) => {
		const below = v.filter((b) => b < a).length;
		const same = v.filter((b) => b === a).length;
		return below + (same + 1) / 2;
	});

/**
 * Synthetic-opioid deaths per 100,000 in 2023 (the 12 months ending December; New York
 * State = NY + YC) against naloxone prescriptions per 100 people, state by state, straight
 * from the official files.
 */
function officialCorrelation() {
	const paths = Object.values(FILES).map(sharedFile);
	test.skip(
		paths.some((p) => !p),
		'official files are not here'
	);
	const naloxone = officialRows(sharedFile(FILES.naloxone)!).filter((r) => r.YEAR === '2023');
	const pop = new Map(
		officialRows(sharedFile(FILES.population)!)
			.filter((r) => r.SUMLEV === '040')
			.map((r) => [r.STATE, Number(r.get('POPESTIMATE2023'))])
	);
	const dec = officialRows(sharedFile(FILES.deaths)!).filter(
		(r) => r.year === '2023' && r.month === 'December'
	);
	const deaths = (code: string) => {
		const parts = code === 'NY' ? ['NY', 'YC'] : [code];
		const values = parts.map((c) => dec.find((r) => r.state === c)?.get('data_value') ?? '');
		return values.some((v) => v === '') ? null : values.reduce((a, v) => a + Number(v), 0);
	};
	const x: number[] = [];
	const y: number[] = [];
	for (const r of naloxone) {
		const d = deaths(r.get('STATE_ABBREV'));
		if (d === null) continue;
		x.push(Number(r.get('naloxone_dispensing_rate')));
		y.push((d / pop.get(r.get('STATE_FIPS'))!) * 100_000);
	}
	return {
		r: pearson(x, y),
		rho: pearson(rank(x), rank(y)),
		n: x.length,
		left: naloxone.length - x.length
	};
}

test('a link with a selection opens that view, and r, ρ and n match the official files', async ({
	page
}) => {
	const want = officialCorrelation();
	await page.goto('/root-causes?x=naloxone&y=2023&s=OH');
	await expect(page.getByLabel('Condition', { exact: true })).toHaveValue('naloxone');
	await expect(page.getByLabel('Year', { exact: true })).toHaveValue('2023');
	await expect(page.getByRole('list', { name: 'Highlighted states' })).toContainText('Ohio');
	const stats = page.locator('#across-stats');
	await expect(stats.locator('[data-stat="n"]')).toHaveText(String(want.n));
	await expect(stats.locator('[data-stat="r"]')).toContainText(want.r.toFixed(2));
	await expect(stats.locator('[data-stat="rho"]')).toContainText(want.rho.toFixed(2));
	await expect(stats.locator('[data-stat="excluded"]')).toContainText(String(want.left));
	await expect(page.locator('#across-summary')).toContainText(`Across ${want.n} states in 2023`);
});

test('a state is highlighted by keyboard alone, and the link keeps it', async ({ page }) => {
	await page.goto('/root-causes');
	await expect(acrossCanvas(page)).toHaveAttribute('data-drawn', /\d+/);
	const drawn = Number(await acrossCanvas(page).getAttribute('data-drawn'));
	const pick = page.getByLabel('Highlight a state');
	await pick.focus();
	await page.keyboard.type('West Virginia');
	await expect(pick).toHaveValue('WV');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Highlight', exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/[?&]s=WV(&|$)/);
	await expect(page.getByRole('list', { name: 'Highlighted states' })).toContainText(
		'West Virginia'
	);
	await expect
		.poll(async () => Number(await acrossCanvas(page).getAttribute('data-drawn')))
		.toBeGreaterThan(drawn);
	await page.getByRole('button', { name: /West Virginia.*remove highlight/ }).press('Enter');
	await expect(page).not.toHaveURL(/s=WV/);
});

test('switching off a kind of event removes it from the table and the link says so', async ({
	page
}) => {
	await page.goto('/root-causes');
	const events = page.getByRole('table', { name: /Policy events/ });
	await expect(events).toContainText('China controls all fentanyl-related substances');
	const status = page.getByText(/^Showing \d+ of \d+ events\.$/);
	const before = await status.textContent();
	await page.getByRole('checkbox', { name: /Supply-side enforcement/ }).uncheck();
	await expect(page).toHaveURL(/ev=treatment-harm-reduction,prevention,other/);
	await expect(events).not.toContainText('China controls');
	await expect(status).not.toHaveText(before!);
	// Medicaid expansion dates come from KFF's file, not typed in: Ohio's is there
	const kff = sharedFile(FILES.kff);
	if (kff) {
		const line = readFileSync(kff, 'utf8')
			.split(/\r?\n/)
			.find((l) => l.startsWith('"Ohio"'))!;
		const [m, d, y] = line.split(',')[2]!.replaceAll('"', '').split('/');
		const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
		await expect(
			events.getByRole('row', { name: /Medicaid expansion takes effect in Ohio/ })
		).toContainText(iso);
	}
});

test('the CSV download holds exactly the table of the scatter', async ({ page }) => {
	await page.goto('/root-causes?x=poverty&y=2023');
	await expect(page.getByLabel('Condition', { exact: true })).toHaveValue('poverty');
	const figure = page.locator('section.chart', { has: page.locator('#across-title') });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'Download CSV' }).click()
	]);
	expect(download.suggestedFilename()).toBe('states-synthetic-opioids-poverty-2023.csv');
	const csv = Papa.parse<string[]>(readFileSync((await download.path())!, 'utf8'), {
		skipEmptyLines: true
	}).data;
	const table = figure.getByRole('table');
	expect(csv[0]).toEqual(await table.locator('thead th').allTextContents());
	const rows = await allRows(table);
	expect(csv.length - 1).toBe(rows.length);
	const shown = (cell: string, digits: number) =>
		cell === ''
			? '—'
			: /^-?[\d.]+$/.test(cell)
				? Number(cell).toLocaleString('en-US', { maximumFractionDigits: digits })
				: cell;
	const digits = [0, 0, 0, 2, 1, 0];
	for (const i of [0, 17, rows.length - 1]) {
		const cells = await rows[i]!.locator('th, td').allTextContents();
		expect(csv[i + 1]!.map((c, k) => shown(c, digits[k]!))).toEqual(cells);
	}
});

test('no axe violations (WCAG 2.1 A and AA)', async ({ page }) => {
	// a long page of tables: axe needs more than the default minute on a busy machine
	test.setTimeout(240_000);
	await page.goto('/root-causes?s=OH');
	await expect(acrossCanvas(page)).toHaveAttribute('data-drawn', /\d+/);
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test('readable at 360 px: nothing runs off the side, the controls and numbers are there', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/root-causes');
	await expect(acrossCanvas(page)).toHaveAttribute('data-drawn', /\d+/);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	for (const label of ['Condition', 'Highlight a state', 'Seizures', 'Death rates'])
		await expect(page.getByLabel(label, { exact: true })).toBeVisible();
	await expect(page.locator('#across-stats [data-stat="n"]')).toBeVisible();
});
