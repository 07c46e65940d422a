/** Every country hub and every "leaving <country>" guide links the three guides every leaver needs. */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { distPages } from '../../src/dist-checks/read-dist.ts';

const NEEDED = ['keep-your-number', 'final-bill-and-debt', 'move-your-logins'];
const COUNTRIES = ['japan', 'italy', 'uk', 'us'];

describe('links to the leaving guides', () => {
  it('from every hub and leaving guide, in every language', () => {
    const pages = distPages();
    const missing: string[] = [];
    for (const lang of LOCALES) {
      for (const country of COUNTRIES) {
        const from = [`/${lang}/${country}/`];
        const leaving = [...pages.keys()].find((p) => p.startsWith(`/${lang}/${country}/leaving-`));
        if (leaving) from.push(leaving);
        for (const page of from) {
          const html = pages.get(page) ?? '';
          for (const slug of NEEDED)
            if (!html.includes(`href="/${lang}/global/${slug}/`))
              missing.push(`${page} → /${lang}/global/${slug}/`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
