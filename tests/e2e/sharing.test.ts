/** Copy-link, structured data and sharing meta on the built site, in Chromium. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const { open, base } = useBrowser();

describe('copy link', () => {
  it('the step link copies the full URL, says so on screen and to screen readers', async () => {
    const page = await open('/en/japan/docomo/', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const link = page.locator('li.step[data-step="online-confirm"] a.step-link');
    await link.click();
    await page.waitForURL(/#online-confirm$/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${base()}/en/japan/docomo/#online-confirm`);
    const visible = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(visible).toBe('"Link copied"');
    expect(await page.locator('p[role="status"]').last().textContent()).toBe('Link copied');
  });

  it('labels each step with its way and "step n of m" within its section', async () => {
    const page = await open('/en/japan/docomo/');
    const title = (await page.textContent('h2#online'))!.trim();
    const labels = await page.$$eval(
      'section[aria-labelledby="online"] li.step .step-count',
      (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
    expect(labels.length).toBeGreaterThan(1);
    expect(labels[0]).toBe(`${title} · Step 1 of ${labels.length}`);
  });

  it('a section with a single step names the way without "step 1 of 1"', async () => {
    const page = await open('/zh/japan/docomo/');
    const labels = await page.$$eval('li.step .step-count', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    expect(labels.some((l) => /共 1 步/.test(l))).toBe(false);
  });
});

describe('structured data', () => {
  it('a guide has a BreadcrumbList and a HowTo per channel whose steps link to themselves', async () => {
    const page = await open('/en/japan/docomo/');
    const blocks = await page.$$eval('script[type="application/ld+json"]', (s) =>
      s.map((x) => x.textContent ?? ''),
    );
    const data = blocks.flatMap((b) => JSON.parse(b) as Record<string, unknown>[]);
    const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList') as {
      itemListElement: { item: string }[];
    };
    expect(crumbs.itemListElement.map((i) => new URL(i.item).pathname)).toEqual([
      '/en/',
      '/en/japan/',
      '/en/japan/docomo/',
    ]);
    const howTos = data.filter((d) => d['@type'] === 'HowTo') as { step: { url: string }[] }[];
    expect(howTos.length).toBeGreaterThan(0);
    const stepIds = await page.$$eval('li.step', (lis) =>
      lis.map((l) => l.getAttribute('data-step')),
    );
    const urls = howTos.flatMap((h) => h.step.map((s) => new URL(s.url).hash.slice(1)));
    expect(urls.sort()).toEqual([...stepIds].sort());
  });

  it('the home page declares a WebSite with a SearchAction to the search page', async () => {
    const page = await open('/zh/');
    const data = JSON.parse((await page.textContent('script[type="application/ld+json"]'))!);
    expect(data['@type']).toBe('WebSite');
    expect(new URL(data.potentialAction.target.replace('{search_term_string}', 'x')).pathname).toBe(
      '/zh/search/',
    );
  });

  it('every page type has Open Graph and Twitter meta', async () => {
    for (const path of [
      '/',
      '/zh/',
      '/en/japan/',
      '/en/japan/docomo/',
      '/zh/carriers/',
      '/en/search/',
    ]) {
      const page = await open(path);
      const meta = await page.$$eval('meta[property^="og:"], meta[name^="twitter:"]', (ms) =>
        Object.fromEntries(
          ms.map((m) => [
            m.getAttribute('property') ?? m.getAttribute('name'),
            m.getAttribute('content'),
          ]),
        ),
      );
      expect(Object.keys(meta)).toEqual(
        expect.arrayContaining([
          'og:title',
          'og:description',
          'og:locale',
          'og:locale:alternate',
          'og:url',
          'twitter:card',
          'twitter:title',
        ]),
      );
      expect(new URL(meta['og:url']!).pathname).toBe(path);
    }
  });
});

describe('short URLs', () => {
  it('a country-less guide URL leads to the default (zh) guide', async () => {
    const page = await open('/japan/docomo/');
    await page.waitForURL(/\/zh\/japan\/docomo\/$/);
  });
});
