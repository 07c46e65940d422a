/**
 * Fails `astro build` / `astro dev` when content breaks a rule, naming file, field and fix.
 * A build runs the check in a worker thread while Astro starts up and Vite compiles the code;
 * Vite's build cannot end before the check does, so no page is rendered from content that
 * failed, and when it failed its problems are the error reported, even where the MDX compiler
 * tripped over the same file first. `astro dev` (and `sync`, `check`) check at startup.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkContent, formatProblem, type ContentProblem } from '../content-rules/index.ts';
import { readContent } from '../content-rules/read.ts';
import { contentDir } from '../config.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Throws one error listing every problem, or returns when there are none. */
function failOn(problems: ContentProblem[]): void {
  if (!problems.length) return;
  throw new ContentError(
    `${problems.length} content problem(s):\n` +
      problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
  );
}

/** Runs the check in a worker; rejects if the worker itself fails. */
function checkInWorker(root: string, dir: string): Promise<ContentProblem[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(root, 'src/content-rules/check-worker.ts'), {
      workerData: { root, dir },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new ContentError(`the content check stopped (exit code ${code}) without a result`)),
    );
  });
}

/** Vite's build ends with the check's verdict: its problems, if any, are the error reported. */
function waitFor(check: Promise<void>) {
  return {
    name: 'sim-exit:content-guard',
    // Not in the dev server Astro's sync starts before building: it would wait there too.
    apply: 'build' as const,
    async buildEnd() {
      await check;
    },
  };
}

export function contentGuard(): AstroIntegration {
  return {
    name: 'sim-exit:content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const dir = join(root, contentDir());
        if (command === 'build') {
          const check = checkInWorker(root, dir).then((problems) => {
            failOn(problems);
            logger.info('content rules: ok');
          });
          check.catch(() => {}); // reported by Vite's build, never as an unhandled rejection
          updateConfig({ vite: { plugins: [waitFor(check)] } });
          return;
        }
        failOn(checkContent(readContent(root, dir)));
        logger.info('content rules: ok');
      },
    },
  };
}
