import { describe, expect, it } from 'vitest';
import { extractAnchors } from '../../src/lib/mdx-structure.ts';
import {
  checkPermalinks,
  collectPermalinks,
  mergeManifest,
  publishedAnchors,
} from '../../src/dist-checks/permalinks.ts';
import { shortUrlRedirects, toRedirectsFile } from '../../src/redirects.ts';
import { stepNumbers } from '../../src/lib/step-numbers.ts';
import { howTos, jsonLd } from '../../src/lib/structured-data.ts';

const body = `<Checklist id="bring" title="Bring">\n</Checklist>\n<Section id="online" title="Online">\n<Step id="a" title="A">\n</Step>\n<Step id="b" title="B">\n</Step>\n</Section>\n<Section id="after" title="After">\n</Section>`;
const anchors = extractAnchors(body);

describe('step numbers', () => {
  it('counts steps within their section', () => {
    expect([...stepNumbers(anchors)]).toEqual([
      ['a', { n: 1, of: 2, section: 'Online' }],
      ['b', { n: 2, of: 2, section: 'Online' }],
    ]);
  });
});

describe('structured data', () => {
  it('builds one HowTo per section with steps, each step with its own URL', () => {
    const h = howTos('https://s.test/en/x/', anchors, 'en');
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({
      name: 'Online',
      url: 'https://s.test/en/x/#online',
      step: [{ url: 'https://s.test/en/x/#a' }, { url: 'https://s.test/en/x/#b', position: 2 }],
    });
  });
  it('escapes "<" so the JSON cannot close its script element', () => {
    expect(jsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
    expect(JSON.parse(jsonLd({ name: '</script>' })).name).toBe('</script>');
  });
});

describe('permalinks', () => {
  const html =
    '<h2 id="online" data-permalink>O</h2><h3 id="a" data-permalink>A</h3><span id="old-a" class="step-alias" data-permalink></span><h2 id="sources">S</h2>';
  it('collects only marked anchors and skips redirect pages', () => {
    expect(publishedAnchors(html)).toEqual(['online', 'a', 'old-a']);
    const pages = new Map([
      ['/en/x/', html],
      ['/x/', '<meta http-equiv="refresh" content="0;url=/zh/x/">'],
    ]);
    expect(collectPermalinks(pages)).toEqual({ '/en/x/': ['online', 'a', 'old-a'] });
  });
  it('never drops a published entry when merging', () => {
    expect(mergeManifest({ '/a/': ['x'], '/old/': ['y'] }, { '/a/': ['z'] })).toEqual({
      '/a/': ['x', 'z'],
      '/old/': ['y'],
    });
  });
  it('accepts an anchor that lives on as an alias', () => {
    expect(checkPermalinks({ '/en/x/': ['old-a'] }, new Map([['/en/x/', html]]))).toEqual([]);
  });
});

describe('redirects', () => {
  it('maps country-less URLs to the default language', () => {
    const map = shortUrlRedirects({
      countries: [{ id: 'japan' }] as never,
      guides: [{ id: 'zh/japan/docomo' }, { id: 'en/japan/docomo' }] as never,
    });
    expect(map).toEqual({
      '/carriers/': '/zh/carriers/',
      '/search/': '/zh/search/',
      '/japan/': '/zh/japan/',
      '/japan/docomo/': '/zh/japan/docomo/',
    });
    expect(toRedirectsFile({ '/b/': '/zh/b/', '/a/': '/zh/a/' })).toBe(
      '/a/ /zh/a/ 301\n/b/ /zh/b/ 301\n',
    );
  });
});
