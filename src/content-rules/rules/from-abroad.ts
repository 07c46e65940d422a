/** Every carrier guide (travel eSIM apps aside) tells readers who have already left what still works. */
import { FROM_ABROAD } from '../../schemas/guide.ts';
import type { Rule } from '../types.ts';

export const fromAbroad: Rule = {
  name: 'from-abroad',
  check({ pages, carriers }, report) {
    for (const p of pages) {
      const g = p.guide;
      if (g?.kind !== 'carrier' || carriers.get(g.carrier)?.data.kind === 'travel-esim') continue;
      if (!p.anchors.some((a) => a.kind === 'section' && a.id === FROM_ABROAD)) {
        report(
          p.file,
          `section "${FROM_ABROAD}"`,
          `add <Section id="${FROM_ABROAD}" title="…"> for readers who have already left: what still works, an overseas number or address if the carrier publishes one, SMS codes, the final bill; if nothing is known, say so and name the next-best route (keep an older id as aliases="…")`,
        );
      }
    }
  },
};
