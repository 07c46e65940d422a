/** Real Pagefind queries against the built index, in Chromium. */
import { describe, expect, it } from 'vitest';
import { searchResultPaths, useBrowser } from '../support/browser.ts';

const { open } = useBrowser();
const results = async (path: string) => searchResultPaths(await open(path));

describe('search page', () => {
  it.each([
    ['/zh/search/?q=解约', '/zh/japan/docomo/'],
    ['/zh/search/?q=注销', '/zh/japan/docomo/'],
    ['/zh/search/?q=都科摩', '/zh/japan/docomo/'],
    ['/en/search/?q=cancel', '/en/japan/docomo/'],
  ])('%s finds %s', async (path, expected) => {
    const found = await results(path);
    expect(found).toContain(expected);
  });

  it("stays within the reader's language", async () => {
    const found = await results('/en/search/?q=docomo');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.startsWith('/en/'))).toBe(true);
  });

  it('the header search form submits to the search page', async () => {
    const page = await open('/en/japan/docomo/');
    await page.fill('#site-search', 'docomo');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/en\/search\/\?q=docomo$/);
  });
});
