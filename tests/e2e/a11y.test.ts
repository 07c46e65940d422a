/**
 * axe-core on every page of the built site, light and dark, with and without our JavaScript.
 * "No JS" blocks the site's own scripts (axe itself has to run in the page), which leaves
 * exactly the server-rendered DOM a reader without JavaScript gets.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowser } from '../support/browser.ts';
import { sitemapPaths } from '../../src/dist-checks/read-dist.ts';

const { open } = useBrowser();
const paths = sitemapPaths();

describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
  it('covers every page of the sitemap', () => {
    expect(paths.length).toBeGreaterThan(20);
  });

  for (const [label, options] of [
    ['light', { colorScheme: 'light' as const }],
    ['dark', { colorScheme: 'dark' as const }],
    ['no JS', { colorScheme: 'light' as const }],
  ] as const) {
    it(`has no violations on any page (${label})`, async () => {
      const failures: string[] = [];
      const page = await open('/', options);
      if (label === 'no JS') await page.route(/\/_astro\/.*\.js$/, (r) => r.abort());
      for (const path of paths) {
        await page.goto(new URL(path, page.url()).href);
        for (const v of await axeViolations(page)) failures.push(`${path}: ${v}`);
      }
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
