import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';

const PAGES = ['/', '/sources'];

/** The policy a prerendered page carries in its <meta> tag, by directive. */
function policyOf(html: string): Map<string, string[]> {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
	expect(meta, 'the page has a Content-Security-Policy meta tag').toBeTruthy();
	return new Map(
		meta![1]!
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.map(([name, ...values]) => [name!, values])
	);
}

/** Inline scripts the browser would run (not JSON data islands), with their hashes. */
function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
		.filter(([, attrs = '']) => !/\bsrc=|type="application\/json"/.test(attrs))
		.map(([, , body]) => `'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
}

for (const path of PAGES) {
	test(`${path}: the policy allows no inline script but Kit's own, by hash`, async ({
		request
	}) => {
		const html = await (await request.get(path)).text();
		const policy = policyOf(html);
		const scripts = policy.get('script-src') ?? [];
		expect(scripts).toContain("'self'");
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(scripts).not.toContain("'unsafe-eval'");
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('base-uri')).toEqual(["'self'"]);
		const inline = inlineScripts(html);
		expect(inline.length).toBeGreaterThan(0);
		for (const hash of inline) expect(scripts).toContain(hash);
	});
}

test('the policy is enforced: the page runs, an injected inline script does not', async ({
	page
}) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	await page.goto('/');
	// Kit's hashed bootstrap ran: the app hydrated and drew its chart
	await expect(page.locator('canvas')).toHaveAttribute('data-drawn', /\d+/);
	expect(violations).toEqual([]);

	const blocked = await page.evaluate(
		() =>
			new Promise<{ ran: boolean; violated: string }>((done) => {
				document.addEventListener('securitypolicyviolation', (e) =>
					done({
						ran: Boolean((window as unknown as { pwned?: boolean }).pwned),
						violated: e.violatedDirective
					})
				);
				const s = document.createElement('script');
				s.textContent = 'window.pwned = true';
				document.body.append(s);
			})
	);
	expect(blocked).toEqual({ ran: false, violated: 'script-src-elem' });
});
