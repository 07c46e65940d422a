/** Each way to cancel that exists points at the section explaining it, and says whether it works from abroad. */
import { channelSection } from '../../lib/mdx-structure.ts';
import type { Rule } from '../types.ts';

export const channels: Rule = {
  name: 'channels',
  check({ pages }, report) {
    for (const p of pages) {
      const sections = new Set(
        p.anchors.filter((a) => a.kind === 'section').flatMap((a) => [a.id, ...a.aliases]),
      );
      (p.guide?.channels ?? []).forEach((c, i) => {
        const target = channelSection(c, p.anchors);
        if (c.available && !target) {
          report(
            p.file,
            `channels[${i}].section`,
            `say which section explains the "${c.type}" way: section: <id of a <Section> in this file> (one of ${[...sections].join(', ') || 'none yet'})`,
          );
        } else if (c.section && !sections.has(c.section)) {
          report(
            p.file,
            `channels[${i}].section`,
            `no <Section id="${c.section}"> in this file: use one of ${[...sections].join(', ')}`,
          );
        }
      });
    }
  },
};
