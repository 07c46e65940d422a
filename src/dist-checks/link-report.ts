/**
 * Fails `astro build` when the output has a broken internal link or #anchor, or a page with
 * a duplicate id, naming the page, the content file it comes from, the link and the fix.
 * The content rule `internal-links` catches most of these earlier, with a line number;
 * this covers everything the templates add.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../config.ts';
import { checkLinks, duplicateIds } from '../dist-checks/links.ts';
import { distFiles, distPages, urlPath } from '../dist-checks/read-dist.ts';
import { isLocale } from '../i18n/locales.ts';

export class LinkError extends Error {
  override name = 'LinkError';
}

/** "/en/japan/docomo/" → "content/guides/en/japan/docomo.mdx"; hubs and list pages name their template. */
export function sourceOf(page: string): string {
  const [lang, country, slug, ...rest] = page.split('/').filter(Boolean);
  if (!isLocale(lang)) return 'src/pages/';
  if (country && slug && !rest.length)
    return `${contentDir()}/guides/${lang}/${country}/${slug}.mdx`;
  if (country && !slug && !['carriers', 'search'].includes(country))
    return `${contentDir()}/hubs/${lang}/${country}.mdx or src/pages/[lang]/[country]/index.astro`;
  return 'src/pages/';
}

export function linkGuard(): AstroIntegration {
  let origin = '';
  return {
    name: 'sim-exit:link-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = new URL(config.site ?? 'http://localhost').origin;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = distPages(root);
        const files = new Set(distFiles(root).map((f) => urlPath(f, root)));
        const lines = checkLinks(pages, files, origin).map(
          (p) =>
            `${p.page} (from ${sourceOf(p.page)}): link ${p.href}: ${p.message}. Fix the link, or restore the page or step it points to`,
        );
        for (const [page, html] of pages) {
          for (const id of duplicateIds(html))
            lines.push(
              `${page} (from ${sourceOf(page)}): id "${id}" appears more than once: rename the step or section`,
            );
        }
        if (lines.length)
          throw new LinkError(
            `${lines.length} broken link(s) or duplicate id(s) in the build:\n` +
              lines.map((l) => `  - ${l}`).join('\n'),
          );
        logger.info(`links and anchors: ok (${pages.size} pages)`);
      },
    },
  };
}
