/** Real builds of fixture content: bad content stops the build; published anchors are guarded. */
import { describe, expect, it } from 'vitest';
import { checkPermalinks, collectPermalinks } from '../../src/lib/permalinks.ts';
import { distPages } from '../support/dist.ts';
import { buildFixture } from '../support/fixture-build.ts';

const GUIDES = ['guides/en/testland/testco.mdx', 'guides/zh/testland/testco.mdx'];
const everyGuide = (edit: (t: string) => string) => Object.fromEntries(GUIDES.map((g) => [g, edit]));

describe('a build with invalid content', () => {
  it('fails and names the file, the field and the fix', () => {
    const r = buildFixture('invalid-http-source', {}, 'http-source');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('.tmp/fixtures/invalid-http-source/content/guides/en/testland/testco.mdx: sources[0].url: use https:// for the source url');
  });
});

describe('freshness', () => {
  it('a guide last checked over a year ago shows the "may be outdated" notice; a recent one does not', () => {
    const today = new Date().toISOString().slice(0, 10);
    const r = buildFixture('outdated', {
      'guides/en/testland/testco.mdx': (t) => t.replace('lastVerified: 2026-01-01', 'lastVerified: 2020-01-01'),
      'guides/zh/testland/testco.mdx': (t) => t.replace('lastVerified: 2026-01-01', `lastVerified: ${today}`),
    });
    expect(r.status, r.output).toBe(0);
    const pages = distPages(r.dist);
    expect(pages.get('/en/testland/testco/')).toContain('data-outdated');
    expect(pages.get('/zh/testland/testco/')).not.toContain('data-outdated');
  });
});

describe('the permalink manifest check on a real build', () => {
  it('fails when a published step disappears, and passes once the old id is an alias', () => {
    const published = buildFixture('permalinks-published');
    expect(published.status, published.output).toBe(0);
    const manifest = collectPermalinks(distPages(published.dist));
    expect(manifest['/en/testland/testco/']).toContain('online-log-in');

    const renamed = buildFixture('permalinks-renamed', everyGuide((t) => t.replace('id="online-log-in"', 'id="online-sign-in"')));
    expect(renamed.status, renamed.output).toBe(0);
    const problems = checkPermalinks(manifest, distPages(renamed.dist)).map((p) => p.message);
    expect(problems).toContain(
      'published anchor /en/testland/testco/#online-log-in is gone. Fix: restore the step id "online-log-in", or add aliases="online-log-in" to the step that replaced it',
    );

    const aliased = buildFixture('permalinks-aliased', everyGuide((t) => t.replace('id="online-log-in"', 'id="online-sign-in" aliases="online-log-in"')));
    expect(aliased.status, aliased.output).toBe(0);
    expect(checkPermalinks(manifest, distPages(aliased.dist))).toEqual([]);
  });

  it('fails when a published page disappears, and passes with a redirect page', () => {
    const manifest = { '/en/testland/gone/': ['online'], '/testland/testco/': [] };
    const pages = distPages(buildFixture('permalinks-pages').dist);
    expect(checkPermalinks(manifest, pages).map((p) => p.message)).toEqual([
      'published page /en/testland/gone/ is missing from the build. Fix: restore the page, or add a redirect for "/en/testland/gone/" in src/redirects.ts',
    ]);
  });
});
