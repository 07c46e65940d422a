import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  headersFor,
  parseHeadersFile,
  patternMatches,
} from '../../src/dist-checks/headers-file.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

describe('_headers', () => {
  it('matches splats like the hosts do', () => {
    expect(patternMatches('/*/', '/en/japan/docomo/')).toBe(true);
    expect(patternMatches('/*/', '/_astro/a.js')).toBe(false);
    expect(patternMatches('/pagefind/*.pf_meta', '/pagefind/pagefind.en_1.pf_meta')).toBe(true);
  });
  it.each([
    ['/en/japan/docomo/', 'public, max-age=0, must-revalidate'],
    ['/', 'public, max-age=0, must-revalidate'],
    ['/_astro/SiteHeader.abc.js', 'public, max-age=31536000, immutable'],
    ['/pagefind/fragment/en_abc.pf_fragment', 'public, max-age=31536000, immutable'],
    ['/pagefind/pagefind.js', undefined],
  ])('gives %s exactly one Cache-Control (%s)', (path, expected) => {
    expect(headersFor(rules, path)['Cache-Control']).toBe(expected);
  });
  it('sends the CSP everywhere, with wasm for Pagefind and no inline script', () => {
    const csp = headersFor(rules, '/zh/')['Content-Security-Policy']!;
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
