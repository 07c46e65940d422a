/** First-view weight and search cost measured in Chromium against a served dist/. */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';

export interface Weight {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  requests: number;
}

const kind = (r: Response): keyof Omit<Weight, 'total' | 'requests'> => {
  const t = r.request().resourceType();
  return t === 'document' ? 'html' : t === 'stylesheet' ? 'css' : t === 'script' ? 'js' : 'other';
};

/** Records every response from now on; bytes are gzip-compressed sizes of the bodies (what a host sends). */
function recorder(page: Page) {
  const pending: Promise<[keyof Omit<Weight, 'total' | 'requests'>, number]>[] = [];
  const onResponse = (r: Response) => {
    pending.push(
      r.body().then(
        (b) => [
          kind(r),
          /\.(pf_fragment|pf_index|pf_filter|pf_meta|pagefind|wasm)$/.test(r.url())
            ? b.length
            : gzipSync(b).length,
        ],
        () => [kind(r), 0],
      ),
    );
  };
  page.on('response', onResponse);
  return async (): Promise<Weight> => {
    page.off('response', onResponse);
    const w: Weight = { html: 0, css: 0, js: 0, other: 0, total: 0, requests: 0 };
    for (const [k, n] of await Promise.all(pending)) {
      w[k] += n;
      w.total += n;
      w.requests++;
    }
    return w;
  };
}

export async function firstView(browser: Browser, url: string): Promise<Weight> {
  const page = await (await browser.newContext()).newPage();
  const stop = recorder(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const w = await stop();
  await page.context().close();
  return w;
}

export interface SearchCost {
  beforeSearch: Weight;
  firstQuery: Weight;
  msToResults: number;
}

/**
 * Loads `url`, then focuses the header search and types `query` at once (the worst case: nothing
 * has loaded yet when the first key lands): bytes before, bytes for the query, and the time from
 * focus to the first result on screen, taken inside the page (performance.now() at the focus
 * event and when a result option is added), so the test harness's own round trips are not in it.
 */
export async function searchCost(
  browser: Browser,
  url: string,
  query: string,
): Promise<SearchCost> {
  const page = await (await browser.newContext()).newPage();
  let stop = recorder(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const beforeSearch = await stop();
  await page.evaluate(() => {
    const w = window as unknown as { focusAt?: number; shownAt?: number };
    const input = document.querySelector('#site-search')!;
    const listbox = document.querySelector('#site-search-listbox')!;
    input.addEventListener('focus', () => (w.focusAt = performance.now()), { once: true });
    new MutationObserver(() => {
      if (w.shownAt === undefined && listbox.querySelector('[role="option"]'))
        w.shownAt = performance.now();
    }).observe(listbox, { childList: true, subtree: true });
  });
  stop = recorder(page);
  await page.focus('#site-search');
  await page.keyboard.type(query, { delay: 0 });
  await page.waitForSelector('#site-search-listbox [role="option"]');
  const ms = await page.evaluate(() => {
    const w = window as unknown as { focusAt: number; shownAt: number };
    return w.shownAt - w.focusAt;
  });
  await page.waitForLoadState('networkidle');
  const firstQuery = await stop();
  await page.context().close();
  return { beforeSearch, firstQuery, msToResults: Math.round(ms) };
}
