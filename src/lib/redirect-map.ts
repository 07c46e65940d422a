/**
 * All redirects of the site: hand-written ones (src/redirects.ts) plus short URLs people
 * guess without a language (/japan/, /japan/docomo/, /carriers/, /search/) → default language.
 */
import type { RawContent } from '../content-rules/read.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';

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
