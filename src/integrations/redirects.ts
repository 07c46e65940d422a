/**
 * Every redirect of the site. A build writes one small HTML page per redirected path (after
 * Astro, from the pages it built: rendering them through Astro cost about a second per
 * thousand guides) and dist/_redirects for hosts that read it; `astro dev` serves them
 * through Astro's own redirects, from the content.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  contentPaths,
  redirectConflicts,
  redirectPage,
  redirects as manual,
  shortUrlRedirects,
  toRedirectsFile,
} from '../redirects.ts';
import { contentDir } from '../config.ts';
import { readContent } from '../content-rules/read.ts';

export class RedirectError extends Error {
  override name = 'RedirectError';
}

export function siteRedirects(): AstroIntegration {
  let site = '';
  return {
    name: 'sim-exit:redirects',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        const root = fileURLToPath(config.root);
        const paths = contentPaths(readContent(root, join(root, contentDir())));
        updateConfig({ redirects: { ...shortUrlRedirects(paths), ...manual } });
      },
      'astro:config:done': ({ config }) => {
        site = config.site ?? 'http://localhost';
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        const all = { ...shortUrlRedirects(pages.map((p) => `/${p.pathname}`)), ...manual };
        const conflicts = redirectConflicts(all, (from) =>
          existsSync(join(out, from, 'index.html')),
        );
        if (conflicts.length) throw new RedirectError(conflicts.join('\n'));
        for (const [from, to] of Object.entries(all)) {
          const file = join(out, from, 'index.html');
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, redirectPage(from, to, site));
        }
        writeFileSync(join(out, '_redirects'), toRedirectsFile(all));
        logger.info(`${Object.keys(all).length} redirect pages written`);
      },
    },
  };
}
