import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Static files only: any CDN can serve the site, nothing runs on a server.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Prerendered pages carry the policy in a <meta> tag; Kit hashes its own
		// bootstrap script, so no 'unsafe-inline' is ever needed.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// fetched in the browser only: no link leads the crawler to them
			entries: ['*', '/root-causes/data.json', '/maps/states.json']
		}
	}
};

export default config;
