/** `official: true` only for a carrier's own site, a regulator, a government domain or (device guides) the maker's site. */
import { hostIn, isGovernmentHost, officialHosts } from '../official.ts';
import type { Rule } from '../types.ts';

export const officialSources: Rule = {
  name: 'official-sources',
  check(model, report) {
    const official = officialHosts(model);
    for (const p of model.pages) {
      const g = p.guide;
      const maker = g && 'maker' in g && g.maker ? [new URL(g.maker.website).hostname] : [];
      p.sources.forEach((s, i) => {
        if (!s.official) return;
        const host = new URL(s.url).hostname;
        if (hostIn(host, [...official, ...maker]) || isGovernmentHost(host)) return;
        report(
          p.file,
          `sources[${i}].official`,
          `${host} is not a carrier's own site, a regulator or a government domain: set official: false (the marker then shows it as third-party), or, if the carrier itself runs that site, list it under sites: in its content/carriers/ file`,
        );
      });
    }
  },
};
