/**
 * The /{lang}/search/ page in Chromium against the built index: basic queries, the reader's
 * language, URL state and Back, step sub-results, hostile input, the no-JS fallback, and the
 * ways it never dead-ends (relaxation, did-you-mean, filter removal, a failed index).
 */
import { describe, expect, it } from 'vitest';
import { searchResultPaths, targetState, useBrowser } from '../support/browser.ts';

const { open, base } = useBrowser();
const done = '[data-search-results][data-search-done]';

describe('search page', () => {
  it('keeps query and filters in the URL; Back restores the previous search', async () => {
    const page = await open('/en/search/?q=cancel');
    await page.waitForSelector(done, { state: 'attached' });
    const all = await page.locator('[data-search-list] > li').count();
    await page.selectOption('#filter-country', 'italy');
    await page.waitForURL(/\?q=cancel&country=italy$/);
    await page.waitForSelector(done, { state: 'attached' });
    const italy = await searchResultPaths(page);
    expect(italy.length).toBeLessThan(all);
    expect(italy.every((p) => p.startsWith('/en/italy/'))).toBe(true);
    expect(await page.locator('#filter-country option[value="italy"]').textContent()).toMatch(
      /Italy \(\d+\)/,
    );

    await page.goBack();
    await page.waitForURL(/\?q=cancel$/);
    await page.waitForSelector(done, { state: 'attached' });
    expect(await page.inputValue('#filter-country')).toBe('');
    expect(await page.locator('[data-search-list] > li').count()).toBe(all);
  });

  it('a step sub-result links to the step, which is highlighted on arrival', async () => {
    const page = await open('/en/search/?q=My%20docomo&carrier=docomo');
    await page.waitForSelector(done, { state: 'attached' });
    const sub = page.locator('.sub-results a[href*="/en/japan/docomo/#"]').first();
    const href = await sub.getAttribute('href');
    expect(href).toMatch(/#[a-z0-9-]+$/);
    await sub.click();
    await page.waitForURL((u) => u.hash.length > 1);
    const state = await targetState(page);
    expect(state.id).toBe(href!.split('#')[1]);
    if (state.step) expect(state.highlighted).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['punctuation only', '?!…——'],
    ['500 characters', 'a'.repeat(500)],
    ['markup', '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'],
  ])('handles a hostile query safely (%s)', async (_label, query) => {
    const page = await open(`/en/search/?q=${encodeURIComponent(query)}&country=atlantis`);
    await page.waitForSelector(done, { state: 'attached' });
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator('[data-search-list] img, [data-search-list] script').count()).toBe(0);
    expect((await page.inputValue('#search-page-q')).length).toBeLessThanOrEqual(200);
    expect(await page.inputValue('#filter-country')).toBe('');
    // Either a searchable query with a status line, or nothing to search and the browse links.
    const status = (await page.textContent('[data-search-status]')) ?? '';
    const fallback = await page.locator('[data-search-fallback]').isVisible();
    expect(status.length > 0 || fallback).toBe(true);
  });

  it('without JavaScript, the header form submits here and the page links to countries and carriers', async () => {
    const page = await open('/zh/japan/docomo/', { javaScriptEnabled: false });
    await page.fill('#site-search', '软银');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/zh\/search\/\?q=/);
    expect(await page.locator('[data-search-fallback] a[href="/zh/japan/"]').isVisible()).toBe(
      true,
    );
    expect(await page.locator('[data-search-fallback] a[href="/zh/carriers/"]').isVisible()).toBe(
      true,
    );
    await page.click('[data-search-fallback] a[href="/zh/carriers/"]');
    await page.waitForURL(/\/zh\/carriers\/$/);
    expect(await page.locator('a[href="/zh/japan/softbank/"]').count()).toBeGreaterThan(0);
  });
});

describe('search page: never a dead end', () => {
  const doneSel = '[data-search-results][data-search-done]';

  it('relaxes to any word when no page has them all, and says so', async () => {
    // An Italian word and a UK word that no single page has together.
    const page = await open('/en/search/?q=raccomandata%20autopay');
    await page.waitForSelector(doneSel, { state: 'attached' });
    expect(await page.textContent('[data-search-status]')).toContain('No page has every word');
    const found = await searchResultPaths(page);
    expect(found.some((p) => p.startsWith('/en/italy/'))).toBe(true);
    expect(found.some((p) => p.startsWith('/en/us/'))).toBe(true);
  });

  it('offers "did you mean" for a typo, and the suggestion finds the guide', async () => {
    const page = await open('/en/search/?q=docmo');
    await page.waitForSelector(doneSel, { state: 'attached' });
    const hint = page.locator('[data-search-hint] a');
    expect(await hint.textContent()).toBe('docomo');
    await hint.click();
    await page.waitForURL(/\?q=docomo$/);
    await page.waitForSelector(doneSel, { state: 'attached' });
    expect((await searchResultPaths(page))[0]).toBe('/en/japan/docomo/');
  });

  it('when a filter hides every result, offers to remove it with the count it would give', async () => {
    const page = await open('/zh/search/?q=%E8%BD%AF%E9%93%B6&country=italy');
    await page.waitForSelector(doneSel, { state: 'attached' });
    expect(await searchResultPaths(page)).toEqual([]);
    const hint = page.locator('[data-search-hint] a');
    expect(await hint.textContent()).toMatch(/（\d+ 条）/);
    await hint.click();
    await page.waitForURL(/\?q=%E8%BD%AF%E9%93%B6$/);
    await page.waitForSelector(doneSel, { state: 'attached' });
    expect(await searchResultPaths(page)).toContain('/zh/japan/softbank/');
  });

  it('says so when the index cannot load, keeps the browse links, and retries on the next query', async () => {
    const page = await (await open('/en/')).context().newPage();
    let block = true;
    await page.route(/\/pagefind\//, (r) => (block ? r.abort() : r.continue()));
    await page.goto(`${base()}/en/search/?q=docomo`);
    await page.waitForSelector('[data-search-results][data-search-failed]', { state: 'attached' });
    expect(await page.textContent('[data-search-status]')).toContain('Search could not load');
    expect(await page.isVisible('[data-search-fallback]')).toBe(true);
    block = false;
    await page.fill('#search-page-q', 'softbank');
    await page.waitForSelector(
      '[data-search-results][data-search-done]:not([data-search-failed])',
      { state: 'attached' },
    );
    expect(await searchResultPaths(page)).toContain('/en/japan/softbank/');
  });
});

describe('search page: basic queries', () => {
  it.each([
    ['/zh/search/?q=解约', '/zh/japan/docomo/'],
    ['/zh/search/?q=注销', '/zh/japan/docomo/'],
    ['/zh/search/?q=都科摩', '/zh/japan/docomo/'],
    ['/en/search/?q=cancel', '/en/japan/docomo/'],
  ])('%s finds %s', async (path, expected) => {
    const found = await searchResultPaths(await open(path));
    expect(found).toContain(expected);
  });

  it("stays within the reader's language", async () => {
    const found = await searchResultPaths(await open('/en/search/?q=docomo'));
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
