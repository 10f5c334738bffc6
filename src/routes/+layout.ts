// Every page is prerendered to a static file: the site needs no server.
export const prerender = true;
