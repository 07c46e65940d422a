/**
 * After the pages are rendered: builds the Pagefind index and fails the build on a broken
 * internal link, #anchor or duplicate id. Pagefind runs in its own process and starts as soon
 * as the last page is written (astro:build:generated), so the redirect pages, the sitemap and
 * the link check are done while it reads the pages instead of before or after it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { pagefindEnabled } from '../config.ts';
import { linkError, linkProblems } from '../dist-checks/link-report.ts';
import { indexSite } from './pagefind.ts';

export function finishBuild(): AstroIntegration {
  let origin = '';
  let indexing: Promise<string> | undefined;
  return {
    name: 'sim-exit:finish-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = new URL(config.site ?? 'http://localhost').origin;
      },
      'astro:build:generated': ({ dir }) => {
        if (!pagefindEnabled()) return;
        const started = performance.now();
        indexing = indexSite(fileURLToPath(dir)).then(
          (pages) =>
            `Pagefind indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`,
        );
        // Reported (and failing the build) in astro:build:done; never an unhandled rejection.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const problems = linkProblems(fileURLToPath(dir), origin);
        logger.info(indexing ? await indexing : 'Pagefind skipped (SIMEXIT_PAGEFIND=0)');
        if (problems.length) throw linkError(problems);
        logger.info('links and anchors: ok');
      },
    },
  };
}
