/** Every guide is linked from its country hub and from the carrier index, in both languages. */
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content-dir.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { distPages } from '../support/dist.ts';

describe('reachability', () => {
  it('links every guide from /{lang}/{country}/ and /{lang}/carriers/', () => {
    const pages = distPages();
    const missing: string[] = [];
    for (const g of readContent(process.cwd(), contentDir()).guides) {
      const [lang, country, slug] = g.id.split('/');
      const href = `href="/${lang}/${country}/${slug}/"`;
      for (const from of [`/${lang}/${country}/`, `/${lang}/carriers/`]) if (!pages.get(from)?.includes(href)) missing.push(`${from} → /${lang}/${country}/${slug}/`);
    }
    expect(missing).toEqual([]);
  });
});
