/**
 * Every redirect of the site, in one place: the hand-written ones for renamed or removed
 * pages (old path → new path, both with the trailing slash; a published URL must never 404,
 * so when you move or delete a guide, add it to `redirects` below), plus the short URLs people
 * guess without a language (/japan/, /japan/docomo/, /carriers/, /search/) → default language.
 * src/integrations/redirects.ts hands them to Astro and writes dist/_redirects.
 */
import type { RawContent } from './content-rules/read.ts';
import { DEFAULT_LOCALE } from './i18n/locales.ts';

export const redirects: Record<string, string> = {};

export function shortUrlRedirects(
  raw: Pick<RawContent, 'countries' | 'guides'>,
): Record<string, string> {
  const out: Record<string, string> = {
    '/carriers/': `/${DEFAULT_LOCALE}/carriers/`,
    '/search/': `/${DEFAULT_LOCALE}/search/`,
  };
  for (const c of raw.countries) out[`/${c.id}/`] = `/${DEFAULT_LOCALE}/${c.id}/`;
  for (const g of raw.guides) {
    if ((g.data as { draft?: unknown } | undefined)?.draft === true) continue; // drafts are not built
    const [lang, country, slug] = g.id.split('/');
    if (lang === DEFAULT_LOCALE && country && slug)
      out[`/${country}/${slug}/`] = `/${DEFAULT_LOCALE}/${country}/${slug}/`;
  }
  return out;
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
