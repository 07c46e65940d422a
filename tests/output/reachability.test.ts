/** Every published (non-draft) guide is linked from its country hub and from the carrier index, in every language. */
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/config.ts';
import { readContent } from '../../src/content-rules/read.ts';
import { distPages } from '../../src/dist-checks/read-dist.ts';

describe('reachability', () => {
  it('links every guide from /{lang}/{country}/ and /{lang}/carriers/', () => {
    const pages = distPages();
    const missing: string[] = [];
    for (const g of readContent(process.cwd(), contentDir()).guides) {
      if ((g.data as { draft?: boolean }).draft) continue;
      const [lang, country, slug] = g.id.split('/');
      const href = `href="/${lang}/${country}/${slug}/"`;
      for (const from of [`/${lang}/${country}/`, `/${lang}/carriers/`])
        if (!pages.get(from)?.includes(href))
          missing.push(`${from} → /${lang}/${country}/${slug}/`);
    }
    expect(missing).toEqual([]);
  });
});
