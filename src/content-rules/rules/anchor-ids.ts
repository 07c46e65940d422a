/** Section, checklist and step ids: explicit, well formed, unique in the page, clear of layout ids, titled. */
import { layoutIdClash } from '../../lib/layout-ids.ts';
import { stepIdProblem } from '../../schemas/step.ts';
import type { Rule } from '../types.ts';

const TAG_NAME = { step: 'Step', section: 'Section', checklist: 'Checklist' } as const;

export const anchorIds: Rule = {
  name: 'anchor-ids',
  check({ pages }, report) {
    for (const { file, anchors } of pages) {
      const seen = new Map<string, number>();
      for (const a of anchors) {
        const line = a.line + file.bodyOffset;
        for (const id of [a.id, ...a.aliases]) {
          const field = `${a.kind} "${id}" (line ${line})`;
          const problem = id
            ? stepIdProblem(id)
            : `every <${TAG_NAME[a.kind]}> needs an explicit id="..."`;
          if (problem) report(file, field, problem);
          const clash = id && layoutIdClash(id);
          if (clash) report(file, field, clash);
          if (id && seen.has(id))
            report(
              file,
              field,
              `duplicate id "${id}" (first used on line ${seen.get(id)}): give each step its own id`,
            );
          if (id) seen.set(id, line);
        }
        if (!a.title) report(file, `${a.kind} "${a.id}" (line ${line})`, 'add a title="..."');
      }
    }
  },
};
