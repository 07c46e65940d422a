/**
 * Checks every internal link and #fragment of a built site. Pure: takes the pages as
 * { "/en/japan/docomo/": "<html>…" } (plus other file paths) and returns problems.
 */
export interface LinkProblem {
  page: string;
  href: string;
  message: string;
}

const HREF = /\s(?:href|action)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;
/** "#online-step-1": a fragment that reads the same before and after URL parsing. */
const PLAIN_FRAGMENT = /^#[\w.:-]+$/;

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1]!)));
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** "/en/japan/" and "/en/japan/index.html" name the same page. */
export function pageKey(path: string): string {
  return path.replace(/index\.html$/, '');
}

export function checkLinks(
  pages: Map<string, string>,
  files: Set<string>,
  siteOrigin: string,
): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const ids = new Map([...pages].map(([p, html]) => [p, idsOf(html)]));
  for (const [page, html] of pages) {
    const base = new URL(page, siteOrigin);
    for (const m of html.matchAll(HREF)) {
      const raw = decodeEntities(m[1]!);
      if (/^(mailto|tel):/.test(raw)) continue;
      // Most links of a guide are plain #ids on the page itself: no URL to parse.
      const plainFragment = PLAIN_FRAGMENT.test(raw);
      let url: URL | undefined;
      if (!plainFragment) {
        try {
          url = new URL(raw, base);
        } catch {
          problems.push({ page, href: raw, message: 'not a valid URL' });
          continue;
        }
        if (url.origin !== siteOrigin) continue;
      }
      const target = url ? pageKey(decodeURI(url.pathname)) : page;
      const isPage = pages.has(target);
      if (!isPage && !files.has(target)) {
        const hint =
          !target.endsWith('/') && pages.has(`${target}/`)
            ? ` (add the trailing slash: ${target}/)`
            : '';
        problems.push({ page, href: raw, message: `no page or file at ${target}${hint}` });
        continue;
      }
      const frag = url ? decodeURIComponent(url.hash.slice(1)) : raw.slice(1);
      if (frag && isPage && !ids.get(target)!.has(frag)) {
        const available = [...ids.get(target)!].slice(0, 12).join(', ');
        problems.push({
          page,
          href: raw,
          message: `no id="${frag}" on ${target} (available: ${available}…)`,
        });
      }
    }
  }
  return problems;
}

/** Ids that appear more than once on a page (a layout id reused by content, a repeated alias). */
export function duplicateIds(html: string): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const m of html.matchAll(ID)) {
    const id = decodeEntities(m[1]!);
    if (seen.has(id)) dup.add(id);
    seen.add(id);
  }
  return [...dup];
}
