import { describe, expect, it } from 'vitest';
import { ConfigError, LOCAL_ORIGIN, siteUrl } from '../../src/config.ts';

describe('siteUrl', () => {
  it('takes SITE_URL, without a trailing slash', () => {
    expect(siteUrl({ SITE_URL: 'https://simexit.example/' }, true)).toBe('https://simexit.example');
  });
  it("takes the host's own origin on Netlify and Cloudflare Pages", () => {
    expect(siteUrl({ NETLIFY: 'true', URL: 'https://simexit.netlify.app' }, true)).toBe(
      'https://simexit.netlify.app',
    );
    expect(siteUrl({ CF_PAGES: '1', CF_PAGES_URL: 'https://abc.simexit.pages.dev' }, true)).toBe(
      'https://abc.simexit.pages.dev',
    );
  });
  it('refuses a production build that would publish localhost canonicals', () => {
    expect(() => siteUrl({}, true)).toThrow(ConfigError);
    expect(() => siteUrl({}, true)).toThrow(/SITE_URL is not set/);
  });
  it('uses the local origin outside a build (dev, check)', () => {
    expect(siteUrl({}, false)).toBe(LOCAL_ORIGIN);
  });
  it('rejects an origin that is not a URL', () => {
    expect(() => siteUrl({ SITE_URL: 'simexit.example' }, true)).toThrow(/not a URL/);
  });
});
