/**
 * Text that comes from data — a dataset's title, publisher, caveats and
 * footnotes, its link — is shown as text and never runs, even if a file or a
 * manifest were tampered with. The page is reached by a link, so it loads
 * the (routed, hostile) manifest and data files rather than the inline copy.
 */
import { expect, test, type Page, type Route } from '@playwright/test';

const MARKUP = {
	title: '<img src=x onerror="window.__pwned=1">CBP seizures',
	publisher: '<script>window.__pwned=2</script>CBP',
	caveat: '<b onmouseover="window.__pwned=3">Seizures</b> measure enforcement',
	note: '<img src=x onerror="window.__pwned=4">partial year',
	url: 'javascript:window.__pwned=5'
};

async function hostile(route: Route) {
	const body = await (await route.fetch()).json();
	if (Array.isArray(body.datasets)) {
		for (const d of body.datasets) {
			if (d.id !== 'cbp-seizures') continue;
			Object.assign(d, { title: MARKUP.title, publisher: MARKUP.publisher, url: MARKUP.url });
			d.caveats = [MARKUP.caveat];
		}
	} else {
		// a measure file: every footnote it carries becomes markup
		Object.assign(body, { title: MARKUP.title, publisher: MARKUP.publisher, url: MARKUP.url });
		body.notes = body.notes.map(() => MARKUP.note);
	}
	await route.fulfill({ json: body });
}

async function nothingRan(page: Page) {
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	await expect(page.locator('img[src="x"], b[onmouseover]')).toHaveCount(0);
	await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
}

test('markup in the site’s own data files shows as text and never runs', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.route('**/data/manifest.json', hostile);
	await page.route('**/data/cbp-seizures/*.json', hostile);
	await page.goto('/');
	await page.getByRole('link', { name: 'Seizures', exact: true }).click();
	await expect(page).toHaveURL(/\/seizures/);
	const main = page.locator('#main');
	await expect(main.getByText(MARKUP.publisher).first()).toBeVisible();
	await expect(main.getByText(MARKUP.title).first()).toBeVisible();
	// monthly rows carry CBP's footnotes (months with no listing, parts without a value)
	await page.getByLabel('Period', { exact: true }).selectOption('month');
	await expect(main.getByText(MARKUP.note).first()).toBeAttached();
	await main.getByText(MARKUP.title).first().hover();
	await nothingRan(page);

	await page.getByRole('link', { name: 'Data sources' }).click();
	await expect(page.getByRole('heading', { name: MARKUP.title })).toBeVisible();
	await expect(page.getByText(MARKUP.caveat)).toBeVisible();
	await page.getByText(MARKUP.caveat).hover();
	await nothingRan(page);
	expect(dialogs).toEqual([]);
});
