/**
 * Hand-written redirects for renamed or removed pages: old path → new path (both with the
 * trailing slash). A published URL must never 404: when you move or delete a guide, add it
 * here. Short country-less URLs (/japan/docomo/) are generated in src/lib/redirect-map.ts.
 */
export const redirects: Record<string, string> = {};
