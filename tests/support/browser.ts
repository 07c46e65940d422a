/** One real Chromium per test file, plus helpers to open pages of the served dist/. */
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launch } from './chromium.ts';

export function useBrowser() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  // Each test's pages live in contexts of their own; close them so memory stays flat.
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
  });
  afterAll(async () => {
    await browser?.close();
  });
  const base = () => inject('baseURL');
  return {
    base,
    async open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
      const context = await browser.newContext(options);
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(base() + path);
      return page;
    },
  };
}

/**
 * The id of the element the URL fragment targets, and whether its step is highlighted: its
 * background differs from another step's (false when the page has no other step to compare).
 */
export async function targetState(page: Page) {
  return page.evaluate(() => {
    const target = document.querySelector(':target');
    const step = target?.closest('.step');
    const other = [...document.querySelectorAll('.step')].find((s) => s !== step);
    const bg = (el: Element | null | undefined) =>
      el ? getComputedStyle(el).backgroundColor : null;
    return {
      id: target?.id ?? null,
      step: step?.getAttribute('data-step') ?? null,
      highlighted: !!step && !!other && bg(step) !== bg(other),
    };
  });
}

/** Paths of the results the search page shows, once it reports that it is done. */
export async function searchResultPaths(page: Page): Promise<string[]> {
  await page.waitForSelector('[data-search-results][data-search-done]', {
    state: 'attached',
    timeout: 15_000,
  });
  return page.$$eval('[data-search-list] .result-title', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}
