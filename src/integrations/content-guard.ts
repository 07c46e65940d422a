/**
 * Fails `astro build` / `astro dev` when content breaks a rule, naming file, field and fix.
 * A build runs the check in a worker thread while Astro starts up and Vite compiles the code;
 * Vite may not load a file of the content folder until the check has passed
 * (src/content-rules/pending-check.ts), so no page is built from content that failed, and the
 * problems are reported once, by our rules, before any other tool trips over the same file.
 * `astro dev` (and `sync`, `check`) check at startup.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkContent, type ContentProblem } from '../content-rules/index.ts';
import {
  ContentError,
  failOn,
  pendingCheck,
  setPendingCheck,
} from '../content-rules/pending-check.ts';
import { contentDir } from '../config.ts';
import { readContent } from '../content-rules/read.ts';

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

/** The content folder's files wait for the check before Vite loads them. */
function waitForCheck(dir: string) {
  return {
    name: 'sim-exit:content-guard',
    enforce: 'pre' as const,
    async load(id: string) {
      if (id.startsWith(dir)) await pendingCheck();
      return null;
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
          setPendingCheck(
            checkInWorker(root, dir).then((problems) => {
              failOn(problems);
              logger.info('content rules: ok');
            }),
          );
          updateConfig({ vite: { plugins: [waitForCheck(`${dir}/`)] } });
          return;
        }
        failOn(checkContent(readContent(root, dir)));
        logger.info('content rules: ok');
      },
    },
  };
}
