/**
 * Every phone number a page shows, in the body (tagged or plain prose) or in any frontmatter
 * string (a channel note, fee, notice), is listed with its source in the carrier data.
 */
import type { Phone } from '../../schemas/carrier.ts';
import { extractPhoneTags } from '../../lib/mdx-structure.ts';
import { prose, stringsIn, withoutCode } from '../body.ts';
import { findPhoneLike, normalizePhone } from '../phones.ts';
import type { Rule } from '../types.ts';

export const phoneNumbers: Rule = {
  name: 'phone-numbers',
  check({ pages, carriers }, report) {
    const all: Phone[] = [...carriers.values()].flatMap((c) => c.data.phones);
    for (const p of pages) {
      const carrier = p.guide?.carrier ? carriers.get(p.guide.carrier) : undefined;
      if (p.guide?.carrier && !carrier) continue; // the references rule reports it
      const phones = carrier ? carrier.data.phones : all;
      const where = carrier
        ? `phones of content/carriers/${p.guide!.carrier}.yaml`
        : 'carrier data';
      const listed = new Set(phones.map((x) => normalizePhone(x.number)));
      const fix = `this number is not in the ${where}: add it there with its source URL, or remove it`;
      const body = withoutCode(p.file.body);
      for (const n of [...extractPhoneTags(body), ...findPhoneLike(prose(body))]) {
        if (!listed.has(normalizePhone(n))) report(p.file, `phone "${n}"`, fix);
      }
      for (const s of stringsIn(p.file.data)) {
        if (/^https?:\/\//.test(s.value)) continue;
        for (const n of findPhoneLike(s.value))
          if (!listed.has(normalizePhone(n))) report(p.file, `${s.path}: phone "${n}"`, fix);
      }
    }
  },
};
