/**
 * Every guide and hub exists in every locale, with the same set of ids and aliases and the
 * same kind and carrier. A difference is reported on the file that has the extra ids.
 */
import { LOCALES } from '../../i18n/locales.ts';
import { allFragments } from '../../lib/mdx-structure.ts';
import type { Page, Rule } from '../types.ts';

export const translations: Rule = {
  name: 'translations',
  check({ raw, pages }, report) {
    const exists = new Set([
      ...raw.guides.map((f) => `guides/${f.id}`),
      ...raw.hubs.map((f) => `hubs/${f.id}`),
    ]);
    const groups = new Map<string, Page[]>();
    for (const p of pages)
      groups.set(`${p.collection}/${p.key}`, [
        ...(groups.get(`${p.collection}/${p.key}`) ?? []),
        p,
      ]);
    for (const [key, group] of groups) {
      const [collection, ...rest] = key.split('/');
      const first = group[0]!;
      for (const lang of LOCALES) {
        const path = [collection, lang, ...rest].join('/');
        if (!group.some((p) => p.lang === lang) && !exists.has(path)) {
          report(
            first.file,
            '(translation)',
            `no ${lang} version: add content/${path}.mdx with the same step ids`,
          );
        }
      }
      const ids = new Map(group.map((p) => [p, new Set(allFragments(p.anchors))]));
      for (const p of group) {
        for (const other of group) {
          if (other === p) continue;
          const extra = [...ids.get(p)!].filter((x) => !ids.get(other)!.has(x));
          if (extra.length) {
            report(
              p.file,
              'step ids',
              `every language must have the same ids; only in ${p.lang}: [${extra.join(', ')}], missing from ${other.lang} (${other.file.file}): add them there (or as aliases), or remove them here`,
            );
          }
        }
        const mine = `${p.guide?.kind ?? 'hub'}:${p.guide?.carrier ?? ''}`;
        const theirs = `${first.guide?.kind ?? 'hub'}:${first.guide?.carrier ?? ''}`;
        if (mine !== theirs)
          report(
            p.file,
            'kind/carrier',
            `the language versions disagree on kind or carrier: make this file match ${first.file.file}`,
          );
      }
    }
  },
};
