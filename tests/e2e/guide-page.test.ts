/**
 * The guide page on a phone, in real Chromium, over every guide of the built site: the ways
 * block in the first screen, deep links that land with their context, no sideways scrolling
 * at 320 px, phone numbers that never wrap, the from-abroad section on every carrier guide,
 * and citations that jump to their source and back (with and without JavaScript).
 */
import { describe, expect, it } from 'vitest';
import { sitemapPaths } from '../../src/dist-checks/read-dist.ts';
import { useBrowser } from '../support/browser.ts';

const { open } = useBrowser();
const paths = sitemapPaths();
const guides = paths.filter(
  (p) => /^\/(zh|en)\/[a-z-]+\/[a-z0-9-]+\/$/.test(p) && !/\/(carriers|search)\//.test(p),
);
const PHONE = { viewport: { width: 390, height: 844 } };
const NARROW = { viewport: { width: 320, height: 640 } };

describe('the guide page on a phone', () => {
  it('covers every guide', () => {
    expect(guides.length).toBeGreaterThan(40);
  });

  it('shows "choose your way" in the first screen, each way linking to a section on the page', async () => {
    const failures: string[] = [];
    const page = await open('/', PHONE);
    for (const path of guides) {
      await page.goto(new URL(path, page.url()).href);
      const r = await page.evaluate(() => {
        const ways = document.querySelector('nav.ways');
        if (!ways) return { top: null, broken: [] as string[] };
        const broken = [...ways.querySelectorAll<HTMLAnchorElement>('a.way-link')]
          .map((a) => a.getAttribute('href') ?? '')
          .filter((h) => !h.startsWith('#') || !document.getElementById(h.slice(1)));
        return { top: ways.getBoundingClientRect().top, broken };
      });
      if (r.top === null) continue; // general guides without channels
      if (r.top > 844) failures.push(`${path}: the ways block starts at ${Math.round(r.top)} px`);
      for (const h of r.broken) failures.push(`${path}: way link ${h} has no target`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('never scrolls sideways at 320 px, on any page', async () => {
    const failures: string[] = [];
    const page = await open('/', NARROW);
    for (const path of paths) {
      await page.goto(new URL(path, page.url()).href);
      const w = await page.evaluate(() => document.documentElement.scrollWidth);
      if (w > 320) failures.push(`${path}: ${w} px wide`);
    }
    expect(failures).toEqual([]);
  }, 180_000);

  it('never wraps a phone number', async () => {
    const failures: string[] = [];
    const page = await open('/', NARROW);
    for (const path of guides) {
      await page.goto(new URL(path, page.url()).href);
      const wrapped = await page.$$eval('a[href^="tel:"]', (as) =>
        as.filter((a) => a.getClientRects().length > 1).map((a) => a.textContent),
      );
      for (const n of wrapped) failures.push(`${path}: ${n}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  for (const javaScriptEnabled of [true, false]) {
    it(`a shared step link shows the whole step and the way it belongs to (JS ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await open('/zh/japan/docomo/#online-confirm', { ...PHONE, javaScriptEnabled });
      const r = await page.evaluate(() => {
        const li = document.querySelector('li.step[data-step="online-confirm"]')!;
        const box = li.getBoundingClientRect();
        const label = li.querySelector('.step-count')!;
        const l = label.getBoundingClientRect();
        return {
          top: box.top,
          bottom: box.bottom,
          labelTop: l.top,
          label: label.textContent,
          section: document.querySelector('h2#online')!.textContent,
        };
      });
      expect(r.top).toBeGreaterThanOrEqual(0);
      expect(r.bottom).toBeLessThanOrEqual(844);
      expect(r.labelTop).toBeGreaterThanOrEqual(0);
      expect(r.label).toContain(r.section);
    });
  }

  it('every carrier guide has a from-abroad section, in every language', async () => {
    const page = await open('/', PHONE);
    const missing: string[] = [];
    for (const path of guides) {
      await page.goto(new URL(path, page.url()).href);
      const isCarrierGuide = await page.evaluate(() => !!document.querySelector('.carrier-facts'));
      const travel = await page.evaluate(
        () => document.querySelector('.carrier-facts')?.getAttribute('data-kind') === 'travel-esim',
      );
      if (
        isCarrierGuide &&
        !travel &&
        !(await page.$('section[data-section="from-abroad"] h2#from-abroad'))
      )
        missing.push(path);
    }
    expect(missing).toEqual([]);
  }, 120_000);
});

describe('citations', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`a marker jumps to its source entry, and the entry links back (JS ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await open('/en/japan/docomo/', { ...PHONE, javaScriptEnabled });
      const marker = page.locator('.guide-body sup.cite a').first();
      const href = (await marker.getAttribute('href'))!;
      const markerId = (await marker.getAttribute('id'))!;
      expect(href).toMatch(/^#source-/);
      await marker.click();
      await page.waitForURL(new RegExp(`${href}$`));
      const entry = page.locator(href);
      expect(
        await entry.evaluate((el) => el.matches(':target') && el.closest('.sources') !== null),
      ).toBe(true);
      const back = entry.locator('a.source-back');
      expect(await back.getAttribute('href')).toBe(`#${markerId.replace(/-\d+$/, '-1')}`);
      await back.click();
      await page.waitForURL(/#cite-/);
      const inView = await page.evaluate(() => {
        const r = document.querySelector(':target')!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
      expect(inView).toBe(true);
    });
  }

  it('says which sources are third-party, in the marker itself', async () => {
    const page = await open('/en/japan/docomo/');
    const r = await page.$$eval('.guide-body sup.cite a', (as) =>
      as.map((a) => {
        const id = a.getAttribute('href')!.slice(1);
        const entry = document.getElementById(id)!;
        return {
          third: a.closest('sup')!.classList.contains('cite-third'),
          text: a.textContent ?? '',
          entryThird: entry.classList.contains('source-third'),
        };
      }),
    );
    expect(r.length).toBeGreaterThan(3);
    for (const m of r) {
      expect(m.third).toBe(m.entryThird);
      expect(m.text.includes('third party')).toBe(m.third);
    }
  });
});
