/**
 * MDX bodies hold plain Markdown and the site's own components only: no raw HTML element,
 * no on* event attribute, no javascript:, data: or vbscript: URL, no import/export and no
 * {expressions}, which would run code at build time.
 */
import { withoutCode } from '../body.ts';
import type { Rule } from '../types.ts';

/** The components guides and hubs may use (see CONTRIBUTING.md). */
export const COMPONENTS = [
  'Section',
  'Steps',
  'Step',
  'Checklist',
  'Phone',
  'Cite',
  'Action',
] as const;

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

export const safeMarkup: Rule = {
  name: 'safe-markup',
  check({ pages }, report) {
    for (const { file } of pages) {
      const body = withoutCode(file.body);
      const at = (i: number) => `line ${lineOf(body, i) + file.bodyOffset}`;
      for (const m of body.matchAll(/<\/?([A-Za-z][\w.:-]*)([^>]*)>?/g)) {
        const [, name, attrs = ''] = m;
        if (!(COMPONENTS as readonly string[]).includes(name!)) {
          report(
            file,
            `<${name}> (${at(m.index)})`,
            `raw HTML and unknown components are not allowed: use Markdown or one of ${COMPONENTS.join(', ')}`,
          );
        }
        const handler = /(?:^|\s)(on[a-z]+)\s*=/i.exec(attrs);
        if (handler)
          report(
            file,
            `${handler[1]} (${at(m.index)})`,
            'event-handler attributes are not allowed: remove it',
          );
      }
      for (const m of body.matchAll(
        /(?:\]\(\s*|<|href\s*=\s*["'{]?\s*)((?:javascript|data|vbscript):)/gi,
      )) {
        report(
          file,
          `link ${m[1]} (${at(m.index)})`,
          'only https:// links (and #anchors or site paths) are allowed: remove this link',
        );
      }
      for (const m of body.matchAll(/^(import|export)\s/gm)) {
        report(
          file,
          `${m[1]} (${at(m.index)})`,
          'MDX import/export is not allowed: the site components need no import',
        );
      }
      for (const m of body.matchAll(/(?<!\\)\{/g)) {
        report(
          file,
          `{ (${at(m.index)})`,
          'MDX {expressions} are not allowed: write \\{ for a literal brace',
        );
      }
    }
  },
};
