/**
 * The content check of a build runs in a worker beside Astro's startup (started by
 * src/integrations/content-guard.ts); Vite waits for it before it loads a file of the content
 * folder. So a bad file is reported once, with file, field and fix, by our rules, before the
 * MDX compiler or a schema could stop at the first problem; and a good build waits for the
 * check only if it is still running when the first content file is needed. The promise is
 * shared through `globalThis` so that every module graph of the build sees the same one.
 */
import { formatProblem, type ContentProblem } from './types.ts';

const KEY = Symbol.for('sim-exit.content-check');
type Holder = { [KEY]?: Promise<void> };

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Throws one error listing every problem, or returns when there are none. */
export function failOn(problems: ContentProblem[]): void {
  if (!problems.length) return;
  throw new ContentError(
    `${problems.length} content problem(s):\n` +
      problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
  );
}

export function setPendingCheck(check: Promise<void>): void {
  check.catch(() => {}); // reported by whoever waits for it, never as an unhandled rejection
  (globalThis as Holder)[KEY] = check;
}

/** Resolves when the check of this build passed (at once when none runs); rejects with its problems. */
export function pendingCheck(): Promise<void> {
  return (globalThis as Holder)[KEY] ?? Promise.resolve();
}
