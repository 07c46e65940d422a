/**
 * A paragraph, list item or table row stating a fact (phone, money, count of days or
 * months, percentage, time of day, date) cites a source in the same block; so does a
 * channel whose note, fee, notice or abroadNote states one.
 */
import { blocks, prose } from '../body.ts';
import { factIn } from '../facts.ts';
import type { Rule } from '../types.ts';

export const citations: Rule = {
  name: 'citations',
  check({ pages }, report) {
    for (const p of pages) {
      for (const b of blocks(p.file.body)) {
        if (/<Cite\b/.test(b.text)) continue;
        const fact = /<Phone\b/.test(b.text) ? 'a phone number' : factIn(prose(b.text));
        if (!fact) continue;
        const excerpt = prose(b.text).replace(/\s+/g, ' ').trim().slice(0, 60);
        report(
          p.file,
          `line ${b.line + p.file.bodyOffset}`,
          `states ${fact} without a citation ("${excerpt}…"): add <Cite source="id" /> for the source it comes from`,
        );
      }
      (p.guide?.channels ?? []).forEach((c, i) => {
        if (c.cite.length) return;
        for (const field of ['note', 'fee', 'notice', 'abroadNote'] as const) {
          const fact = c[field] && factIn(c[field]!);
          if (fact)
            report(
              p.file,
              `channels[${i}].${field}`,
              `states ${fact}: add cite: [source-id] to this channel`,
            );
        }
      });
    }
  },
};
