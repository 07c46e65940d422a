import { describe, expect, it } from 'vitest';
import {
  contentPaths,
  redirectConflicts,
  redirectPage,
  shortUrlRedirects,
  toRedirectsFile,
} from '../../src/redirects.ts';

describe('redirects', () => {
  it('maps pages one or two levels under the default language to URLs without it', () => {
    const map = shortUrlRedirects([
      '/zh/',
      '/zh/carriers/',
      '/zh/japan/',
      '/zh/japan/docomo/',
      '/en/japan/docomo/',
      '/zh/a/b/c/',
    ]);
    expect(map).toEqual({
      '/carriers/': '/zh/carriers/',
      '/japan/': '/zh/japan/',
      '/japan/docomo/': '/zh/japan/docomo/',
    });
    expect(toRedirectsFile({ '/b/': '/zh/b/', '/a/': '/zh/a/' })).toBe(
      '/a/ /zh/a/ 301\n/b/ /zh/b/ 301\n',
    );
  });

  it('in dev, derives the same pages from content, without drafts', () => {
    const paths = contentPaths({
      countries: [{ id: 'japan' }] as never,
      guides: [
        { id: 'zh/japan/docomo', data: {} },
        { id: 'en/japan/docomo', data: {} },
        { id: 'zh/japan/au', data: { draft: true } },
      ] as never,
    });
    expect(shortUrlRedirects(paths)).toEqual({
      '/carriers/': '/zh/carriers/',
      '/search/': '/zh/search/',
      '/japan/': '/zh/japan/',
      '/japan/docomo/': '/zh/japan/docomo/',
    });
    expect(paths).toContain('/en/japan/docomo/');
  });

  it('writes a redirect page that refreshes, links and points its canonical at the target', () => {
    const html = redirectPage('/japan/a"b/', '/zh/japan/a"b/', 'https://simexit.example');
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/zh/japan/a&quot;b/">');
    expect(html).toContain('<link rel="canonical" href="https://simexit.example/zh/japan/a%22b/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('a"b');
  });

  it('names a redirect whose path is also a page, and nothing else', () => {
    const map = { '/japan/': '/zh/japan/', '/carriers/': '/zh/carriers/' };
    expect(redirectConflicts(map, (p) => p === '/carriers/')).toEqual([
      '/carriers/ is both a page and a redirect to /zh/carriers/: rename the page or drop the redirect in src/redirects.ts',
    ]);
    expect(redirectConflicts(map, () => false)).toEqual([]);
  });
});
