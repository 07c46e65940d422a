/** The /{lang}/search/ page: URL state, back button, step sub-results, hostile input, no-JS fallback. */
import { describe, expect, it } from 'vitest';
import { searchResultPaths, targetState, useBrowser } from '../support/browser.ts';

const { open } = useBrowser();
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
