/** Reads a built site (dist/) for the build's own checks and the tests over the output. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = join(process.cwd(), 'dist');

export function distFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? distFiles(p) : [p];
  });
}

export const urlPath = (file: string, root = DIST) =>
  '/' + relative(root, file).split(sep).join('/');

/** Map of page path ("/en/japan/") → HTML for every built HTML page. */
export function distPages(root = DIST): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of distFiles(root)) {
    if (!f.endsWith('.html')) continue;
    out.set(urlPath(f, root).replace(/index\.html$/, ''), readFileSync(f, 'utf8'));
  }
  return out;
}

/** Every page the site publishes: the sitemap's URLs (as paths) plus the 404 page. */
export function sitemapPaths(root = DIST): string[] {
  const paths: string[] = [];
  for (const f of distFiles(root)) {
    if (!/sitemap-\d+\.xml$/.test(f)) continue;
    for (const m of readFileSync(f, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g))
      paths.push(new URL(m[1]!).pathname);
  }
  return [...paths.sort(), '/404.html'];
}
