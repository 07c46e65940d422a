/** Step ids: the linking contract (see CONTRIBUTING.md). */
import { z } from 'astro/zod';
import { KEBAB } from './common.ts';

export const STEP_ID_MAX = 40;

export const stepIdSchema = z
  .string()
  .max(STEP_ID_MAX, { error: `a step id may be at most ${STEP_ID_MAX} characters` })
  .regex(KEBAB, {
    error: 'a step id must be lowercase ASCII kebab-case, e.g. "online-confirm-fees"',
  });

/** Returns a human message when `id` breaks the step id rules, else null. */
export function stepIdProblem(id: string): string | null {
  const r = stepIdSchema.safeParse(id);
  return r.success ? null : r.error.issues.map((i) => i.message).join('; ');
}
