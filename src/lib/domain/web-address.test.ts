import { expect, test } from 'vitest';
import { webHref } from './web-address';

test.each([
	['https://data.cdc.gov/d/xkb8-kh2a', 'https://data.cdc.gov/d/xkb8-kh2a'],
	['http://example.org/a.csv', 'http://example.org/a.csv'],
	['javascript:alert(1)', undefined],
	[' JavaScript:alert(1)', undefined],
	['data:text/html,<script>alert(1)</script>', undefined],
	['/relative/path', undefined],
	['', undefined]
])('%s -> %s', (address, href) => {
	expect(webHref(address)).toBe(href);
});
