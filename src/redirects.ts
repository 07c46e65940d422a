/**
 * Every redirect of the site, in one place: the hand-written ones for renamed or removed
 * pages (old path → new path, both with the trailing slash; a published URL must never 404,
 * so when you move or delete a guide, add it to `redirects` below), plus the short URLs people
 * guess without a language (/japan/, /japan/docomo/, /carriers/, /search/) → default language.
 * src/integrations/redirects.ts hands them to Astro and writes dist/_redirects.
 */
import type { RawContent } from './content-rules/read.ts';
import { DEFAULT_LOCALE, LOCALES } from './i18n/locales.ts';

export const redirects: Record<string, string> = {};

/**
 * The short URLs of the pages of the default language: every page one or two levels under it
 * ("/zh/japan/", "/zh/japan/docomo/", "/zh/carriers/") is also reachable without the language.
 * `paths` are site paths with both slashes, from the built pages (or, in `astro dev`, from content).
 */
export function shortUrlRedirects(paths: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of paths) {
    const [lang, ...rest] = path.split('/').filter(Boolean);
    if (lang === DEFAULT_LOCALE && rest.length >= 1 && rest.length <= 2)
      out[`/${rest.join('/')}/`] = path;
  }
  return out;
}

/** The pages content will produce, for `astro dev` (where no build tells us): hubs, guides and lists. */
export function contentPaths(raw: Pick<RawContent, 'countries' | 'guides'>): string[] {
  const built = raw.guides.filter(
    (g) => (g.data as { draft?: unknown } | undefined)?.draft !== true,
  );
  return LOCALES.flatMap((lang) => [
    `/${lang}/carriers/`,
    `/${lang}/search/`,
    ...raw.countries.map((c) => `/${lang}/${c.id}/`),
    ...built.filter((g) => g.id.startsWith(`${lang}/`)).map((g) => `/${g.id}/`),
  ]);
}

/**
 * The page a static host serves at a redirected path: an immediate refresh, a canonical link
 * to the target, kept out of search engines, and a plain link for browsers that ignore refresh.
 */
export function redirectPage(from: string, to: string, site: string): string {
  const esc = (s: string) =>
    s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return (
    `<!doctype html><title>Redirecting to: ${esc(to)}</title>` +
    `<meta http-equiv="refresh" content="0;url=${esc(to)}">` +
    `<meta name="robots" content="noindex">` +
    `<link rel="canonical" href="${esc(new URL(to, site).href)}">` +
    `<body><a href="${esc(to)}">Redirecting from <code>${esc(from)}</code> to <code>${esc(to)}</code></a></body>`
  );
}

/** Redirects whose path is also a built page: each a message naming both and the fix. */
export function redirectConflicts(
  map: Record<string, string>,
  isPage: (path: string) => boolean,
): string[] {
  return Object.entries(map)
    .filter(([from]) => isPage(from))
    .map(
      ([from, to]) =>
        `${from} is both a page and a redirect to ${to}: rename the page or drop the redirect in src/redirects.ts`,
    );
}

/** Netlify / Cloudflare Pages `_redirects` format. */
export function toRedirectsFile(map: Record<string, string>): string {
  return (
    Object.entries(map)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([from, to]) => `${from} ${to} 301`)
      .join('\n') + '\n'
  );
}
