/** Source ids are unique in a file; every citation names a listed source; every listed source is cited. */
import { citedIds } from '../body.ts';
import type { Rule } from '../types.ts';

export const sourceIds: Rule = {
  name: 'source-ids',
  check({ pages }, report) {
    for (const p of pages) {
      const ids = new Map<string, number>();
      p.sources.forEach((s, i) => {
        if (ids.has(s.id))
          report(
            p.file,
            `sources[${i}].id`,
            `duplicate source id "${s.id}" (also sources[${ids.get(s.id)}]): give each source its own id`,
          );
        ids.set(s.id, i);
      });
      const cited = new Set<string>();
      for (const id of citedIds(p.file.body)) {
        cited.add(id);
        if (!ids.has(id))
          report(
            p.file,
            `<Cite source="${id}">`,
            `no source with id "${id}": use one of ${[...ids.keys()].join(', ')}, or add it to sources`,
          );
      }
      (p.guide?.channels ?? []).forEach((c, i) =>
        c.cite.forEach((id) => {
          cited.add(id);
          if (!ids.has(id))
            report(
              p.file,
              `channels[${i}].cite`,
              `no source with id "${id}": use one of ${[...ids.keys()].join(', ')}`,
            );
        }),
      );
      for (const [id, i] of ids) {
        if (!cited.has(id))
          report(
            p.file,
            `sources[${i}] "${id}"`,
            'this source is never cited: cite it where its fact stands with <Cite source="…" />, or remove it',
          );
      }
    }
  },
};
