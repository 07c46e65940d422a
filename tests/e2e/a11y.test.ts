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

  // Light mode on every page; dark mode and no-JS once per page template (the same markup and CSS).
  const templates = [
    '/',
    '/zh/',
    '/en/japan/',
    '/zh/japan/docomo/',
    '/en/japan/leaving-japan/',
    '/en/global/delete-esim-iphone/',
    '/zh/carriers/',
    '/en/search/',
    '/404.html',
  ];
  for (const [label, options, list] of [
    ['light', { colorScheme: 'light' as const }, paths],
    ['dark', { colorScheme: 'dark' as const }, templates],
    ['no JS', { colorScheme: 'light' as const }, templates],
  ] as const) {
    it(`has no violations (${label}, ${list === paths ? 'every page' : 'one page per template'})`, async () => {
      const failures: string[] = [];
      const page = await open('/', options);
      if (label === 'no JS') await page.route(/\/_astro\/.*\.js$/, (r) => r.abort());
      for (const path of list) {
        await page.goto(new URL(path, page.url()).href);
        for (const v of await axeViolations(page)) failures.push(`${path}: ${v}`);
      }
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
