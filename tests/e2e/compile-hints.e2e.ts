/**
 * Every script a page starts with carries V8's eager-compile hint on its first line (the
 * compile-hints plugin in vite.config.ts): without it the page's start-up compiles on the main
 * thread, and the longest task after first paint on / about doubles. A plugin reordered or a
 * bundler upgrade could drop the comment without anything else failing.
 */
import { expect, test } from '@playwright/test';

for (const path of ['/', '/trends', '/states/OH']) {
	test(`${path}: each script it loads asks to be compiled as it streams in`, async ({ page }) => {
		const scripts: string[] = [];
		page.on('response', (r) => {
			if (r.request().resourceType() === 'script' || /\.js$/.test(new URL(r.url()).pathname))
				scripts.push(r.url());
		});
		await page.goto(path);
		await expect(page.locator('canvas').first()).toHaveAttribute('data-drawn', /\d+/);
		expect(scripts.length, 'the page loads its scripts').toBeGreaterThan(5);
		for (const url of scripts) {
			const text = await (await page.request.get(url)).text();
			expect(text.split('\n', 1)[0], url).toBe('//# allFunctionsCalledOnLoad');
		}
	});
}
