// Every page is prerendered, and written as <path>/index.html: the service worker's precache keys
// and any static host then agree on the URL the browser asks for.
export const prerender = true;
export const trailingSlash = 'always';
