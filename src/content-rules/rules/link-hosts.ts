/**
 * External links a reader can follow (Markdown links, <Action href>, a channel's url) go
 * only to a page listed in the file's sources or to a carrier's or regulator's own site.
 */
import { attributes } from '../../lib/mdx-structure.ts';
import { withoutCode } from '../body.ts';
import { hostIn, officialHosts } from '../official.ts';
import type { Rule } from '../types.ts';

export const linkHosts: Rule = {
  name: 'link-hosts',
  check(model, report) {
    const official = officialHosts(model);
    for (const p of model.pages) {
      const allowed = new Set([...official, ...p.sources.map((s) => new URL(s.url).hostname)]);
      const body = withoutCode(p.file.body);
      const links = [
        ...[...body.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]!),
        ...[...body.matchAll(/<Action\b([^>]*)>/g)].map((m) => attributes(m[1]!).href ?? ''),
        ...(p.guide?.channels ?? []).flatMap((c) => (c.url ? [c.url] : [])),
      ];
      for (const url of links) {
        if (
          URL.canParse(url) &&
          /^https?:$/.test(new URL(url).protocol) &&
          !hostIn(new URL(url).hostname, allowed)
        ) {
          report(
            p.file,
            `link ${url}`,
            "link only to a page listed in sources or to a carrier's or regulator's own site: add the page to sources, or remove the link",
          );
        }
      }
    }
  },
};
