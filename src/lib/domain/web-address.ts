/**
 * A link taken from data (a manifest, a file) is followed only if it is a web
 * address: `javascript:` or `data:` in a hostile or broken file must never
 * become a link that runs something when clicked.
 */
export function webHref(address: string): string | undefined {
	try {
		const url = new URL(address);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}
