/**
 * Finds the broken internal links and #anchors of a built site, and pages with a duplicate
 * id, naming the page, the content file it comes from, the link and the fix (run after every
 * build by src/integrations/finish-build.ts). The content rule `internal-links` catches most
 * of these earlier, with a line number; this covers everything the templates add.
 */
import { contentDir } from '../config.ts';
import { checkLinks, duplicateIds } from './links.ts';
import { distFiles, distPages, urlPath } from './read-dist.ts';
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

/** Every broken link, anchor or duplicate id of the built site, as a line naming page, source and fix. */
export function linkProblems(root: string, origin: string): string[] {
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
  return lines;
}

export function linkError(lines: string[]): LinkError {
  return new LinkError(
    `${lines.length} broken link(s) or duplicate id(s) in the build:\n` +
      lines.map((l) => `  - ${l}`).join('\n'),
  );
}
