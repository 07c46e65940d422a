/**
 * After `astro build`: fails the build on a broken internal link, #anchor or duplicate id, and
 * builds the Pagefind index. Pagefind runs in its own process, so the links are checked while
 * it reads the pages instead of before it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { pagefindEnabled } from '../config.ts';
import { linkError, linkProblems } from '../dist-checks/link-report.ts';
import { indexSite } from './pagefind.ts';

export function finishBuild(): AstroIntegration {
  let origin = '';
  return {
    name: 'sim-exit:finish-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = new URL(config.site ?? 'http://localhost').origin;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let problems: string[] = [];
        const check = () => {
          problems = linkProblems(root, origin);
        };
        if (pagefindEnabled()) await indexSite(root, (m) => logger.info(m), check);
        else {
          check();
          logger.info('Pagefind skipped (SIMEXIT_PAGEFIND=0)');
        }
        if (problems.length) throw linkError(problems);
        logger.info('links and anchors: ok');
      },
    },
  };
}
