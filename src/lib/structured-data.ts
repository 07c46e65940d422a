/** schema.org JSON-LD for pages: pure builders, serialised safely for a <script> element. */
import type { Anchor } from './mdx-structure.ts';

type Json = Record<string, unknown>;

/** One step of a breadcrumb trail: what it is called and its site path. */
export interface Crumb {
  label: string;
  path: string;
}

/** The trail from the home page to the current page (last), as the markup and the JSON-LD both show it. */
export function trail(homeLabel: string, homePath: string, ...rest: Crumb[]): Crumb[] {
  return [{ label: homeLabel, path: homePath }, ...rest];
}

export function breadcrumbList(items: Crumb[], site: URL | string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((it, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: it.label,
      item: new URL(it.path, site).href,
    })),
  };
}

/** One HowTo per section that holds steps; each step carries its own URL (page#step-id). */
export function howTos(pageUrl: string, anchors: Anchor[], inLanguage: string): Json[] {
  const out: Json[] = [];
  let current: { section: Anchor; steps: Anchor[] } | undefined;
  const flush = () => {
    if (current?.steps.length) {
      out.push({
        '@context': 'https://schema.org',
        '@type': 'HowTo',
        name: current.section.title,
        url: `${pageUrl}#${current.section.id}`,
        inLanguage,
        step: current.steps.map((s, i) => ({
          '@type': 'HowToStep',
          position: i + 1,
          name: s.title,
          url: `${pageUrl}#${s.id}`,
        })),
      });
    }
  };
  for (const a of anchors) {
    if (a.kind === 'step') current?.steps.push(a);
    else {
      flush();
      current = { section: a, steps: [] };
    }
  }
  flush();
  return out;
}

export function webSite(
  siteUrl: string,
  searchUrl: string,
  name: string,
  inLanguage: string,
): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    url: siteUrl,
    inLanguage,
    potentialAction: {
      '@type': 'SearchAction',
      target: `${searchUrl}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
}

/** JSON for inside <script type="application/ld+json">: "<" is escaped so no tag can close it. */
export function jsonLd(data: Json | Json[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
