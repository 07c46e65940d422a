/** Fails `astro build` / `astro dev` early when content breaks a rule, naming file, field and fix. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkContent, formatProblem } from '../lib/content-check.ts';
import { contentDir } from '../lib/content-dir.ts';
import { readContent } from '../lib/content-files.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export function contentGuard(): AstroIntegration {
  return {
    name: 'sim-exit:content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const problems = checkContent(readContent(root, join(root, contentDir())));
        if (problems.length) {
          throw new ContentError(
            `${problems.length} content problem(s):\n` + problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
          );
        }
        logger.info('content rules: ok');
      },
    },
  };
}
