/** A keyboard-only walk: home → country → guide → step link → search, with visible focus. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { targetState, useBrowser } from '../support/browser.ts';

const { open } = useBrowser();

/** Presses Tab until the focused element matches, at most `max` times. */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return (
      el.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
    );
  });

describe('keyboard only', () => {
  it('the skip link is the first stop and moves focus to the content', async () => {
    const page = await open('/en/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
  });

  it('walks home → country → guide → step link → search', async () => {
    const page = await open('/en/');
    await tabTo(page, 'main a[href="/en/japan/"]');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/japan\/$/);

    await tabTo(page, 'main a[href="/en/japan/docomo/"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/japan\/docomo\/$/);

    await tabTo(page, 'a.step-link[href="#online-confirm"]', 200);
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#online-confirm$/);
    expect(await targetState(page)).toMatchObject({ id: 'online-confirm', highlighted: true });

    await page.keyboard.press('/');
    await page.keyboard.type('iliad');
    await page.waitForSelector('#site-search-listbox [role="option"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\/\?q=iliad$/);
    await page.waitForSelector('[data-search-results][data-search-done]', { state: 'attached' });
    expect(
      await page.locator('[data-search-list] a[href="/en/italy/iliad/"]').count(),
    ).toBeGreaterThan(0);
  });
});
