/**
 * County names in a person's file are read through the Census Bureau's names,
 * which the page fetches only for such a file; rates use the county's
 * population, a name that fits several counties is a listed row, and no
 * request carries the file.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chooseFile, figureTable, readOwnFile, selected, tableRow } from '../support/explore-page';
import { officialRows } from '../support/official-row';
import { sharedFile } from '../support/shared-data';

// made-up counts; 987,653 and 876,541 are values no other request would hold by chance
const COUNTY_CSV = [
	'month,county,deaths',
	'2024-01,"Franklin County, OH",120',
	'2024-02,"franklin county,  Ohio",131',
	'2024-01,"Baltimore city, MD",987653',
	'2024-01,"Baltimore County, MD",876541',
	'2024-01,"Orleans Parish, LA",61',
	'2024-01,"Anchorage, AK",29',
	'2024-01,Franklin County,7',
	'2024-01,"Baltimore, MD",5'
].join('\n');
const SECRETS = ['987653', '987,653', '876541', '876,541'];

function recordRequests(page: Page) {
	const requests: { url: string; text: string }[] = [];
	page.context().on('request', (r) =>
		requests.push({
			url: r.url(),
			text: [r.url(), r.postData() ?? '', JSON.stringify(r.headers())].join('\n')
		})
	);
	return requests;
}
const countyNameRequests = (requests: { url: string }[]) =>
	requests.filter((r) => r.url.endsWith('/data/county-names.json'));

/** The Census Bureau's July 1, 2024 estimate for a county, read from its file. */
function population2024(fips: string): number | null {
	const path = sharedFile('census-population/co-est2024-alldata.csv');
	if (!path) return null;
	const row = officialRows(path).find(
		(r) => r.SUMLEV === '050' && r.get('STATE') + r.get('COUNTY') === fips
	);
	return row ? Number(row.get('POPESTIMATE2024')) : null;
}

test('county names: read through the Census names, charted with rates, ambiguous rows listed', async ({
	page,
	baseURL
}) => {
	const requests = recordRequests(page);
	await page.goto('/explore');
	await expect(page.getByLabel('Choose a CSV file')).toBeEnabled();
	expect(countyNameRequests(requests)).toHaveLength(0);

	await chooseFile(page, { name: 'county-deaths-by-name.csv', text: COUNTY_CSV });
	await expect(page.getByRole('heading', { name: 'Which columns hold what' })).toBeVisible();
	await expect(selected(page, 'Column with the place')).toHaveText('county');
	await expect(selected(page, 'Places are written as')).toHaveText(
		'County name (Franklin County, OH)'
	);
	await expect(selected(page, 'The state of each county')).toHaveText(
		'Written with the county (Franklin County, OH)'
	);
	const preview = page.getByRole('table', { name: 'The first rows, as they will be read' });
	await expect(preview.getByRole('row', { name: /^4 / }).getByRole('cell').nth(4)).toHaveText(
		'Baltimore city, Maryland'
	);
	await page.getByRole('button', { name: 'Read the whole file' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Read county-deaths-by-name.csv: 8 rows, 6 values; 2 rows left out (see below).'
	);

	// an independent city and the county of the same name stay apart
	const place = page.getByLabel('Place in your file');
	await place.selectOption({ label: 'Baltimore city, Maryland' });
	await expect(tableRow(page, /^January 2024 /).getByRole('cell')).toHaveText([
		'987,653',
		'Provisional'
	]);
	await place.selectOption({ label: 'Baltimore County, Maryland' });
	await expect(tableRow(page, /^January 2024 /).getByRole('cell')).toHaveText([
		'876,541',
		'Provisional'
	]);
	await place.selectOption({ label: 'Franklin County, Ohio' });
	await expect(page.locator('canvas')).toHaveAttribute('data-drawn', /\d+/);
	await expect(
		page.getByRole('heading', { level: 2, name: /, Franklin County, Ohio/ })
	).toBeVisible();
	await expect(tableRow(page, /^February 2024 /).getByRole('cell')).toHaveText([
		'131',
		'Provisional'
	]);

	const problems = page.getByRole('table', { name: 'Rows that could not be read' });
	await expect(problems.getByRole('row')).toHaveCount(3);
	const noState = problems.getByRole('row', { name: /^8 / }).getByRole('cell');
	await expect(noState.nth(1)).toHaveText('Franklin County');
	await expect(noState.nth(2)).toHaveText(
		/^“Franklin County” could be a county in any of \d+ states/
	);
	await expect(noState.nth(3)).toHaveText(/^Add the state, such as “Franklin County, \w\w”/);
	const twoPlaces = problems.getByRole('row', { name: /^9 / }).getByRole('cell');
	await expect(twoPlaces.nth(2)).toHaveText(
		'“Baltimore” could be 2 places in Maryland (Baltimore County; Baltimore city)'
	);

	// rates per 100,000 from the county's own population estimate
	const pop = population2024('39049');
	if (pop) {
		await page.getByLabel('Rates per 100,000 people').check();
		await expect(figureTable(page).getByRole('columnheader').nth(1)).toContainText(
			'deaths per 100,000 people'
		);
		const rates = [120, 131].map((n) => (n * 100_000) / pop);
		const digits = Math.max(...rates) < 10 ? 2 : 1;
		const shown = (n: number) =>
			new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(n);
		await expect(
			tableRow(page, /^January 2024 /)
				.getByRole('cell')
				.first()
		).toHaveText(shown(rates[0]!));
		await expect(
			tableRow(page, /^February 2024 /)
				.getByRole('cell')
				.first()
		).toHaveText(shown(rates[1]!));
	}

	// the names came from this site, once; nothing of the file went anywhere
	expect(countyNameRequests(requests)).toHaveLength(1);
	const origin = new URL(baseURL!).origin;
	for (const r of requests) {
		expect(new URL(r.url).origin, r.url).toBe(origin);
		for (const secret of SECRETS)
			expect(r.text, `${r.url} carries ${secret}`).not.toContain(secret);
	}
});

test('a file of state codes or county FIPS codes never fetches the county names', async ({
	page
}) => {
	const requests = recordRequests(page);
	await page.goto('/explore');
	await readOwnFile(page, 'county-deaths.csv');
	await page.goto('/explore');
	await readOwnFile(page, {
		name: 'states.csv',
		text: 'month,state,deaths\n2024-01,OH,5\n2024-01,Maryland,6\n'
	});
	// the recorder sees the page's other requests (its reader's worker)
	expect(requests.some((r) => /worker/.test(r.url))).toBe(true);
	expect(countyNameRequests(requests)).toHaveLength(0);
});

test('county names without a state column, for a file of one state: the person says which (axe passes)', async ({
	page
}) => {
	await page.goto('/explore');
	await chooseFile(page, {
		name: 'one-state.csv',
		text: 'month,county,deaths\n2024-01,Franklin,4\n2024-01,Delaware,5\n'
	});
	await expect(selected(page, 'Places are written as')).toHaveText(
		'County name (Franklin County, OH)'
	);
	const preview = page.getByRole('table', { name: 'The first rows, as they will be read' });
	await expect(preview.getByRole('row', { name: /^2 / })).toContainText('Cannot be read');
	await page.getByLabel('The state of each county').selectOption({ label: 'Ohio' });
	await expect(preview.getByRole('row', { name: /^2 / }).getByRole('cell').nth(4)).toHaveText(
		'Franklin County, Ohio'
	);
	await expect(preview.getByRole('row', { name: /^3 / }).getByRole('cell').nth(4)).toHaveText(
		'Delaware County, Ohio'
	);
	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
});
