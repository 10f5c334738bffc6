/**
 * The explore page keeps a person's file to themselves and never runs text
 * from it: no request carries the file's content or goes to another site,
 * markup in a file shows as text, and the page passes axe in every step.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chooseFile, readOwnFile, tableRow } from '../support/explore-page';

// values no other request would hold by chance
const SECRET = ['QXZV-7731', '987651', '876542', 'Zyxwvut'];
const PRIVATE_CSV = [
	'month,state,overdoses,note',
	`2024-01,OH,${SECRET[1]},${SECRET[0]}`,
	`2024-02,OH,${SECRET[2]},${SECRET[3]}`,
	`2024-03,OH,${SECRET[1]},${SECRET[3]}`
].join('\n');

test('no request carries the file’s content, and none goes to another site', async ({
	page,
	baseURL
}) => {
	const requests: { url: string; text: string }[] = [];
	page.context().on('request', (r) =>
		requests.push({
			url: r.url(),
			text: [r.url(), r.postData() ?? '', JSON.stringify(r.headers())].join('\n')
		})
	);
	await page.goto('/explore');
	await readOwnFile(page, { name: `${SECRET[3]}.csv`, text: PRIVATE_CSV });
	await expect(
		tableRow(page, /^March 2024 /)
			.getByRole('cell')
			.first()
	).toHaveText('987,651');
	// comparing with the site's data and keeping the file make requests and use storage of their own
	await page.getByLabel('Compare with').selectOption({ index: 1 });
	await expect(tableRow(page, /^March 2024 /).getByRole('cell')).toHaveCount(4);
	await page.getByRole('button', { name: 'Keep it in this browser' }).click();
	await expect(page.getByRole('status')).toContainText('Kept in this browser');

	const origin = new URL(baseURL!).origin;
	expect(requests.some((r) => r.url.includes('/data/'))).toBe(true);
	expect(requests.some((r) => /worker/.test(r.url))).toBe(true);
	for (const r of requests) {
		expect(new URL(r.url).origin, r.url).toBe(origin);
		for (const secret of SECRET) expect(r.text, `${r.url} carries ${secret}`).not.toContain(secret);
	}
});

async function watchForScripts(page: Page) {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	return async () => {
		expect(dialogs).toEqual([]);
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
		).toBeUndefined();
		expect(await page.locator('img[src="x"]').count()).toBe(0);
	};
}

const HOSTILE_CSV = [
	'month,<script>window.__pwned=1</script>,<img src=x onerror="window.__pwned=2">',
	'2024-01,OH,5',
	'2024-02,<img src=x onerror=alert(1)>,6',
	'2024-03,OH,<script>alert(2)</script>',
	'2024-04,OH,7'
].join('\n');
const HOSTILE_NAME = '<img src=x onerror=alert(3)>.csv';

test('markup in a file’s names, columns and values shows as text and never runs', async ({
	page
}) => {
	const nothingRan = await watchForScripts(page);
	await page.goto('/explore');
	await chooseFile(page, { name: HOSTILE_NAME, text: HOSTILE_CSV });
	await expect(page.getByRole('heading', { name: 'Which columns hold what' })).toBeVisible();
	const placeColumn = page.getByLabel('Column with the place');
	await expect(placeColumn.locator('option:checked')).toHaveText(
		'<script>window.__pwned=1</script>'
	);
	const preview = page.getByRole('table', { name: 'The first rows, as they will be read' });
	await expect(preview.getByRole('row', { name: /^3 / }).getByRole('cell').nth(1)).toHaveText(
		'<img src=x onerror=alert(1)>'
	);
	await page
		.getByLabel('Name for these numbers on the chart')
		.fill('<img src=x onerror="window.__pwned=4">');
	await page.getByRole('button', { name: 'Read the whole file' }).click();

	await expect(page.getByRole('status')).toContainText(`Read ${HOSTILE_NAME}: 4 rows`);
	await expect(
		page.getByRole('heading', { level: 2, name: /^<img src=x onerror="window.__pwned=4">, Ohio/ })
	).toBeVisible();
	const problems = page.getByRole('table', { name: 'Rows that could not be read' });
	await expect(problems.getByRole('row', { name: /^3 / }).getByRole('cell').nth(1)).toHaveText(
		'<img src=x onerror=alert(1)>'
	);
	await expect(problems.getByRole('row', { name: /^4 / }).getByRole('cell').nth(1)).toHaveText(
		'<script>alert(2)</script>'
	);
	await expect(page.getByText('Your data: <img src=x onerror=alert(3)>.csv')).toBeVisible();
	await nothingRan();
});

test('markup in a file that cannot be read shows as text in the message', async ({ page }) => {
	const nothingRan = await watchForScripts(page);
	await page.goto('/explore');
	await chooseFile(page, { name: HOSTILE_NAME, text: '2024-01,<img src=x onerror=alert(5)>,3\n' });
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(`${HOSTILE_NAME} could not be read.`);
	await expect(alert).toContainText(
		'a row of data ("2024-01", "<img src=x onerror=alert(5)>", "3")'
	);
	await nothingRan();
});

test.describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
	const check = async (page: Page) => {
		const result = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(
			result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
		).toEqual([]);
	};

	test('choosing a file, mapping its columns, and the chart with its table', async ({ page }) => {
		await page.goto('/explore');
		await check(page);
		await chooseFile(page, 'county-deaths.csv');
		await expect(page.getByRole('heading', { name: 'Which columns hold what' })).toBeVisible();
		await check(page);
		await page.getByRole('button', { name: 'Read the whole file' }).click();
		await expect(page.locator('canvas')).toHaveAttribute('data-drawn', /\d+/);
		await page.getByLabel('Compare with').selectOption({ index: 1 });
		await check(page);
	});

	test('a file that cannot be read', async ({ page }) => {
		await page.goto('/explore');
		await chooseFile(page, { name: 'semi.csv', text: 'a;b\n1;2\n' });
		await expect(page.getByRole('alert')).toBeVisible();
		await check(page);
	});

	test('the drop zone is reached and used by keyboard: its file input takes focus', async ({
		page
	}) => {
		await page.goto('/explore');
		const input = page.getByLabel('Choose a CSV file');
		await expect(input).toBeEnabled();
		await page.locator('main').focus();
		await page.keyboard.press('Tab');
		await expect(input).toBeFocused();
		// Space on a focused file input opens the chooser. Playwright's interception of the
		// chooser is switched on when the listener is added, which can race a fast key press
		// on a loaded machine: press again (still by keyboard, still on the input) until it opens.
		await expect(async () => {
			const chooser = page.waitForEvent('filechooser', { timeout: 5_000 });
			await expect(input).toBeFocused();
			await page.keyboard.press('Space');
			expect((await chooser).isMultiple()).toBe(false);
		}).toPass({ timeout: 60_000 });
	});
});
