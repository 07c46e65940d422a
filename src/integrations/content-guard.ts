/** Fails `astro build` / `astro dev` early when content breaks a rule, naming file, field and fix. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkContent, formatProblem } from '../content-rules/index.ts';
import { contentDir } from '../config.ts';
import { readContent } from '../content-rules/read.ts';

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
            `${problems.length} content problem(s):\n` +
              problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
          );
        }
        logger.info('content rules: ok');
      },
    },
  };
}
