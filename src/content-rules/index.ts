/**
 * The content check: builds the model (schemas) and runs every rule in ./rules/, one rule
 * per file. Runs before every build (src/integrations/content-guard.ts), in
 * `npm run check:content` and in unit tests. Never throws: a rule that crashes on odd input
 * is reported as a problem of its own, so bad content always gets a message.
 */
import type { RawContent } from './read.ts';
import { buildModel } from './model.ts';
import { rules } from './rules/index.ts';
import { formatProblem, type ContentProblem, type Report } from './types.ts';

export { formatProblem, type ContentProblem } from './types.ts';

export function checkContent(raw: RawContent): ContentProblem[] {
  const out: ContentProblem[] = [];
  const seen = new Set<string>();
  const report: Report = (file, field, message) => {
    const p = { file: typeof file === 'string' ? file : file.file, field, message };
    const key = formatProblem(p);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(p);
  };
  let model;
  try {
    model = buildModel(raw, report);
  } catch (e) {
    report('content', '(model)', `the content could not be read: ${(e as Error).message}`);
    return out;
  }
  for (const rule of rules) {
    try {
      rule.check(model, report);
    } catch (e) {
      report(
        'content',
        `(rule ${rule.name})`,
        `the rule crashed: ${(e as Error).message}; fix the content it names, or report this bug`,
      );
    }
  }
  return out;
}
