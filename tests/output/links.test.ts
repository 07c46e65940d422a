/** Every internal link and #anchor in the built site resolves (runs after `astro build`). */
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/dist-checks/links.ts';
import { siteUrl } from '../../src/config.ts';
import { distFiles, distPages, urlPath } from '../../src/dist-checks/read-dist.ts';

describe('dist/ links', () => {
  it('has no broken internal links or anchors', () => {
    const pages = distPages();
    expect(pages.size).toBeGreaterThan(10);
    const files = new Set(distFiles().map((f) => urlPath(f)));
    const problems = checkLinks(pages, files, siteUrl());
    expect(problems.map((p) => `${p.page} → ${p.href}: ${p.message}`)).toEqual([]);
  });
});
