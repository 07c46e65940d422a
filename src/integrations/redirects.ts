/**
 * Registers every redirect with Astro (static builds emit a redirect page per path) and
 * writes dist/_redirects for hosts that read it.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redirects as manual, shortUrlRedirects, toRedirectsFile } from '../redirects.ts';
import { contentDir } from '../config.ts';
import { readContent } from '../content-rules/read.ts';

export function siteRedirects(): AstroIntegration {
  let all: Record<string, string> = {};
  return {
    name: 'sim-exit:redirects',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        all = { ...shortUrlRedirects(readContent(root, join(root, contentDir()))), ...manual };
        updateConfig({ redirects: all });
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_redirects'), toRedirectsFile(all));
      },
    },
  };
}
