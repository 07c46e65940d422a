import { describe, expect, it } from 'vitest';
import { shortUrlRedirects, toRedirectsFile } from '../../src/redirects.ts';

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
