/**
 * The content check of a build runs in a worker beside Astro's startup (started by
 * src/integrations/content-guard.ts); Vite's build ends by waiting for it. So a bad file is
 * reported once, with file, field and fix, by our rules, in place of whatever the MDX compiler
 * or a schema made of it; and a good build waits for the check only if Vite is done first. The
 * promise is shared through `globalThis` so that every module graph of the build sees the same one.
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
