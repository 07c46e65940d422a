/** Step deep links and the language switch, in a real Chromium, with and without JavaScript. */
import { describe, expect, it } from 'vitest';
import { targetState, useBrowser } from '../support/browser.ts';

const { open } = useBrowser();

describe('step links', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`a #step link lands on the step and highlights it (JS ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await open('/en/japan/docomo/#online-confirm', { javaScriptEnabled });
      expect(await targetState(page)).toEqual({
        id: 'online-confirm',
        step: 'online-confirm',
        highlighted: true,
      });
      const heading = page.locator('h3#online-confirm');
      expect(await heading.isVisible()).toBe(true);
      const inView = await page.evaluate(() => {
        const r = document.querySelector('h3#online-confirm')!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
      expect(inView).toBe(true);
    });
  }

  it('every step shows a link to itself', async () => {
    const page = await open('/zh/japan/docomo/');
    const steps = await page.locator('li.step').count();
    expect(steps).toBeGreaterThan(1);
    const selfLinks = await page.$$eval('li.step', (lis) =>
      lis.every((li) => li.querySelector(`a.step-link[href="#${li.getAttribute('data-step')}"]`)),
    );
    expect(selfLinks).toBe(true);
  });

  it('the header language link keeps the reader on the same step', async () => {
    const page = await open('/en/japan/docomo/#online-confirm');
    await page.locator('header [data-lang-switch]').click();
    await page.waitForURL(/\/zh\/japan\/docomo\/#online-confirm$/);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await targetState(page)).toMatchObject({ id: 'online-confirm', highlighted: true });
  });

  it('a step has one link of its own, not a per-step language link', async () => {
    const page = await open('/zh/japan/docomo/');
    const counts = await page.$$eval('li.step', (lis) =>
      lis.map((li) => li.querySelectorAll('.step-head a').length),
    );
    expect(new Set(counts)).toEqual(new Set([1]));
  });

  it('the header language link leads to the same page in the other language', async () => {
    const page = await open('/zh/japan/docomo/');
    await page.locator('header [data-lang-switch]').click();
    await page.waitForURL(/\/en\/japan\/docomo\/(#.*)?$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });
});
