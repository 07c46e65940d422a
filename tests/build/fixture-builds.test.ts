/** Real builds of fixture content: bad content stops the build; published anchors are guarded. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPermalinks, collectPermalinks } from '../../src/dist-checks/permalinks.ts';
import { distPages } from '../../src/dist-checks/read-dist.ts';
import { buildFixture } from '../support/fixture-build.ts';

const GUIDES = ['guides/en/testland/testco.mdx', 'guides/zh/testland/testco.mdx'];
const everyGuide = (edit: (t: string) => string) =>
  Object.fromEntries(GUIDES.map((g) => [g, edit]));

describe('a build with invalid content', () => {
  it('fails and names the file, the field and the fix', () => {
    const r = buildFixture('invalid-http-source', {}, 'http-source');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      '.tmp/fixtures/invalid-http-source/content/guides/en/testland/testco.mdx: sources[0].url: use https:// for the source url',
    );
  });

  it('names our problem, not the MDX compiler error, when a file also fails to compile', () => {
    // An unclosed brace stops the MDX compiler at once, long before the content check ends.
    const r = buildFixture('invalid-unclosed-brace', {
      [GUIDES[0]!]: (t) => t.replace('Log in to the customer area', 'Log in {to the customer area'),
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      '.tmp/fixtures/invalid-unclosed-brace/content/guides/en/testland/testco.mdx: { (line',
    );
    expect(r.output).toContain('MDX {expressions} are not allowed');
  });

  // What a careless or hostile edit could ship: `astro build` itself refuses each one.
  it.each([
    ['raw-script', '<script> (line 34): raw HTML and unknown components are not allowed'],
    ['raw-iframe', '<iframe> (line 34): raw HTML and unknown components are not allowed'],
    ['event-handler', 'onclick (line 31): event-handler attributes are not allowed'],
    ['javascript-link', 'link javascript: (line 32): only https:// links'],
    [
      'phone-in-channel-note',
      'channels[0].note: phone "0120-999-999": this number is not in the phones',
    ],
    ['fee-without-citation', 'line 32: states a money amount without a citation'],
    ['broken-internal-link', 'link /en/testland/nope/ (line 32): no such page'],
    [
      'broken-anchor',
      'link #online-sign-in (line 32): no id "online-sign-in" on /en/testland/testco/',
    ],
    ['link-to-draft', 'link /en/testland/draft/ (line 32): no such page (or it is a draft)'],
  ])('%s fails the build, naming the file', (fixture, message) => {
    const r = buildFixture(`invalid-${fixture}`, {}, fixture);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      `.tmp/fixtures/invalid-${fixture}/content/guides/en/testland/testco.mdx: ${message}`,
    );
  });
});

describe('drafts', () => {
  it('a draft guide gets no page, no short-URL redirect, no sitemap entry and no search entry', () => {
    const draft = (t: string) => t.replace('lastVerified:', 'draft: true\nlastVerified:');
    const ok = buildFixture('draft', everyGuide(draft));
    expect(ok.status, ok.output).toBe(0);
    const pages = distPages(ok.dist);
    expect(pages.has('/en/testland/testco/')).toBe(false);
    expect(pages.has('/testland/testco/')).toBe(false);
    expect(readFileSync(join(ok.dist, '_redirects'), 'utf8')).not.toContain('/testland/testco/');
    expect(readFileSync(join(ok.dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/testland/testco/');
    expect(pages.get('/en/testland/')).not.toContain('/en/testland/testco/');
  });
});

describe('freshness', () => {
  it('a guide last checked over a year ago shows the "may be outdated" notice; a recent one does not', () => {
    const today = new Date().toISOString().slice(0, 10);
    const r = buildFixture('outdated', {
      'guides/en/testland/testco.mdx': (t) =>
        t.replace('lastVerified: 2026-01-01', 'lastVerified: 2020-01-01'),
      'guides/zh/testland/testco.mdx': (t) =>
        t.replace('lastVerified: 2026-01-01', `lastVerified: ${today}`),
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

    const renamed = buildFixture(
      'permalinks-renamed',
      everyGuide((t) => t.replace('id="online-log-in"', 'id="online-sign-in"')),
    );
    expect(renamed.status, renamed.output).toBe(0);
    const problems = checkPermalinks(manifest, distPages(renamed.dist)).map((p) => p.message);
    expect(problems).toContain(
      'published anchor /en/testland/testco/#online-log-in is gone. Fix: restore the step id "online-log-in", or add aliases="online-log-in" to the step that replaced it',
    );

    const aliased = buildFixture(
      'permalinks-aliased',
      everyGuide((t) =>
        t.replace('id="online-log-in"', 'id="online-sign-in" aliases="online-log-in"'),
      ),
    );
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
