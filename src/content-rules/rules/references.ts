/** Every reference names an existing entry: a carrier's country and parent, a guide's country and carrier, a hub's country. */
import type { Rule } from '../types.ts';

export const references: Rule = {
  name: 'references',
  check({ countries, carriers, pages }, report) {
    const countryIds = () => [...countries.keys()].join(', ');
    for (const { file, data } of carriers.values()) {
      if (!countries.has(data.country)) {
        report(
          file,
          'country',
          `unknown country "${data.country}": use one of ${countryIds()} or add content/countries/${data.country}.yaml`,
        );
      }
      if (data.parent && !carriers.has(data.parent))
        report(
          file,
          'parent',
          `unknown parent carrier "${data.parent}": use an id from content/carriers/`,
        );
    }
    for (const p of pages) {
      if (p.hub) {
        if (!countries.has(p.country))
          report(
            p.file,
            '(file name)',
            `no country "${p.country}": name the file after a content/countries/ id`,
          );
        continue;
      }
      const g = p.guide!;
      const folder = p.key.split('/')[0];
      if (g.country !== folder)
        report(
          p.file,
          'country',
          `country is "${g.country}" but the file is in the "${folder}" folder: make them match`,
        );
      if (!countries.has(g.country))
        report(p.file, 'country', `unknown country "${g.country}": use one of ${countryIds()}`);
      if (!g.carrier) continue;
      const carrier = carriers.get(g.carrier);
      if (!carrier) {
        report(
          p.file,
          'carrier',
          `unknown carrier "${g.carrier}": use an id from content/carriers/ (${[...carriers.keys()].join(', ')}) or add content/carriers/${g.carrier}.yaml`,
        );
      } else if (carrier.data.country !== g.country) {
        report(
          p.file,
          'carrier',
          `carrier "${g.carrier}" belongs to "${carrier.data.country}", not "${g.country}": move the guide or fix the carrier`,
        );
      }
    }
  },
};
