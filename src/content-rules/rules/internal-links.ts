/**
 * Links inside the site ([text](/en/japan/docomo/#online-confirm), [text](#port-out)) point
 * at a page that will be built (not a draft) and, with a #fragment, at an id on that page.
 * Checked on the content before the build, so the message names the file and line; the
 * build's own link check (src/integrations/finish-build.ts) then covers the templates too.
 */
import { LOCALES } from '../../i18n/locales.ts';
import { LAYOUT_IDS, sourceAnchor } from '../../lib/layout-ids.ts';
import { allFragments } from '../../lib/mdx-structure.ts';
import { withoutCode } from '../body.ts';
import type { ContentModel, Page, Rule } from '../types.ts';

/** Built path → ids a link may target on it ('any' for generated list pages). */
function targets(model: ContentModel): Map<string, Set<string> | 'any'> {
  const out = new Map<string, Set<string> | 'any'>([['/', new Set()]]);
  const layout = Object.values(LAYOUT_IDS) as string[];
  const idsOf = (p: Page) => [
    ...layout,
    ...allFragments(p.anchors),
    ...p.sources.map((s) => sourceAnchor(s.id)),
  ];
  for (const lang of LOCALES) {
    out.set(`/${lang}/`, new Set(layout));
    out.set(`/${lang}/carriers/`, 'any');
    out.set(`/${lang}/search/`, new Set(layout));
    for (const c of model.countries.keys()) out.set(`/${lang}/${c}/`, new Set(layout));
  }
  for (const p of model.pages) {
    if (p.guide?.draft) continue;
    const path = `/${p.lang}/${p.key}/`;
    const known = out.get(path);
    out.set(path, new Set([...(known instanceof Set ? known : []), ...idsOf(p)]));
  }
  return out;
}

export const internalLinks: Rule = {
  name: 'internal-links',
  check(model, report) {
    const built = targets(model);
    const resolve = (path: string, fragment: string | undefined): string | null => {
      const ids = built.get(path);
      if (!ids)
        return `${path.endsWith('/') ? 'no such page (or it is a draft)' : 'site paths end with "/"'}`;
      if (fragment && ids !== 'any' && !ids.has(fragment)) return `no id "${fragment}" on ${path}`;
      return null;
    };
    for (const { file, data } of model.situations.values()) {
      const [path = '', fragment] = data.href.split('#');
      for (const lang of LOCALES) {
        const problem = resolve(`/${lang}/${path}`, fragment);
        if (problem)
          report(
            file,
            'href',
            `${problem}: point the situation at a published page (checked in every language)`,
          );
      }
      if (data.country && !model.countries.has(data.country))
        report(file, 'country', `unknown country "${data.country}"`);
    }
    for (const p of model.pages) {
      if (p.guide?.draft) continue;
      const self = `/${p.lang}/${p.key}/`;
      const body = withoutCode(p.file.body);
      for (const m of body.matchAll(/\]\((\/[^)\s]*|#[^)\s]*)\)/g)) {
        const link = m[1]!;
        const line = body.slice(0, m.index).split('\n').length + p.file.bodyOffset;
        const [pathPart = '', fragment] = link.split('#');
        const problem = resolve(pathPart || self, fragment);
        if (problem)
          report(
            p.file,
            `link ${link} (line ${line})`,
            `${problem}: link to a published page and an existing step or section id`,
          );
      }
    }
  },
};
