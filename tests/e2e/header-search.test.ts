/** The header search combobox, driven by keyboard only, in Chromium. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const { open } = useBrowser();

describe('header search (combobox)', () => {
  it('loads Pagefind only on use, opens with "/", lists results, moves with arrows and opens the active one with Enter', async () => {
    const page = await open('/en/japan/');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.waitForTimeout(300);
    expect(requested.some((p) => p.startsWith('/pagefind/'))).toBe(false);

    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('docomo');
    const input = page.locator('#site-search');
    await page.waitForSelector('#site-search-listbox [role="option"]');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(requested.some((p) => p.startsWith('/pagefind/'))).toBe(true);

    await page.keyboard.press('ArrowDown');
    const activeId = await input.getAttribute('aria-activedescendant');
    expect(activeId).toBe('site-search-listbox-0');
    expect(await page.getAttribute(`#${activeId}`, 'aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/japan\/docomo\//);
  });

  it('Escape closes the list, then clears the input; Ctrl+K focuses it', async () => {
    const page = await open('/zh/');
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('都科摩');
    await page.waitForSelector('#site-search-listbox [role="option"]');
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('#site-search', 'aria-expanded')).toBe('false');
    expect(await page.isHidden('#site-search-listbox')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#site-search')).toBe('');
  });

  it('announces the number of results in a live region', async () => {
    const page = await open('/en/');
    await page.focus('#site-search');
    await page.keyboard.type('docomo');
    await page.waitForFunction(() =>
      /\d+ results?/.test(document.querySelector('[data-search-live]')?.textContent ?? ''),
    );
  });
});
