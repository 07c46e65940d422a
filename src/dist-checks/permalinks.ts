/**
 * The permalink contract: every published page URL and step anchor keeps working. The
 * committed manifest (permalinks.json) lists them; a build passes only if each listed URL
 * is still a page (or a redirect) and each listed anchor is still an id on it (a step id or
 * an alias). Pure functions over built HTML.
 */
export type Manifest = Record<string, string[]>;

const PERMALINK = /<[a-z0-9]+\s[^>]*\bdata-permalink\b[^>]*>/g;
const ID = /\sid="([^"]+)"/;
const ANY_ID = /\sid="([^"]+)"/g;

export const isRedirectPage = (html: string) => /<meta\s+http-equiv="refresh"/i.test(html);

/** Anchors a page publishes: elements marked data-permalink (steps, sections, aliases). */
export function publishedAnchors(html: string): string[] {
  return [...html.matchAll(PERMALINK)]
    .map((m) => ID.exec(m[0])?.[1])
    .filter((x): x is string => !!x);
}

/** Manifest of a build: every non-redirect HTML page with its anchors. */
export function collectPermalinks(pages: Map<string, string>): Manifest {
  const out: Manifest = {};
  for (const [path, html] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
    if (path === '/404.html' || isRedirectPage(html)) continue;
    out[path] = publishedAnchors(html);
  }
  return out;
}

export interface PermalinkProblem {
  url: string;
  anchor?: string;
  message: string;
}

export function checkPermalinks(
  manifest: Manifest,
  pages: Map<string, string>,
): PermalinkProblem[] {
  const problems: PermalinkProblem[] = [];
  for (const [url, anchors] of Object.entries(manifest)) {
    const html = pages.get(url);
    if (html === undefined) {
      problems.push({
        url,
        message: `published page ${url} is missing from the build. Fix: restore the page, or add a redirect for "${url}" in src/redirects.ts`,
      });
      continue;
    }
    if (isRedirectPage(html)) continue;
    const ids = new Set([...html.matchAll(ANY_ID)].map((m) => m[1]!));
    for (const anchor of anchors) {
      if (!ids.has(anchor)) {
        problems.push({
          url,
          anchor,
          message: `published anchor ${url}#${anchor} is gone. Fix: restore the step id "${anchor}", or add aliases="${anchor}" to the step that replaced it`,
        });
      }
    }
  }
  return problems;
}

/** The manifest after a deliberate update: everything published before, plus what is new. */
export function mergeManifest(old: Manifest, built: Manifest): Manifest {
  const out: Manifest = {};
  for (const url of [...new Set([...Object.keys(old), ...Object.keys(built)])].sort()) {
    out[url] = [...new Set([...(old[url] ?? []), ...(built[url] ?? [])])];
  }
  return out;
}
