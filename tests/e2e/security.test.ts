/**
 * dist/ served with the headers of public/_headers, as Netlify or Cloudflare Pages would:
 * no page triggers a Content-Security-Policy violation, and nothing is requested from
 * another origin, including while searching.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { headersFor, parseHeadersFile } from '../../src/dist-checks/headers-file.ts';
import { launch } from '../support/chromium.ts';
import { DIST, sitemapPaths } from '../../src/dist-checks/read-dist.ts';
import { serveDist } from '../support/static-server.ts';

let browser: Browser;
let server: Server;
let base: string;
const rules = parseHeadersFile(readFileSync(`${DIST}/_headers`, 'utf8'));

beforeAll(async () => {
  ({ url: base, server } = await serveDist(DIST, (path) => headersFor(rules, path)));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

interface Watch {
  page: Page;
  violations: string[];
  foreign: string[];
}

async function watched(): Promise<Watch> {
  const page = await (await browser.newContext()).newPage();
  const w: Watch = { page, violations: [], foreign: [] };
  await page.exposeFunction('__cspViolation', (d: string) => w.violations.push(d));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (d: string) => void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  page.on(
    'console',
    (m) => m.text().includes('Content Security Policy') && w.violations.push(m.text()),
  );
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(base) && !/^(data|blob):/.test(u)) w.foreign.push(u);
  });
  return w;
}

describe('served with public/_headers', () => {
  it('sends the security headers on pages', async () => {
    const res = await fetch(`${base}/en/`);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  it('no page violates the CSP or requests another origin', async () => {
    const w = await watched();
    for (const path of sitemapPaths()) {
      await w.page.goto(base + path);
      await w.page.waitForLoadState('load');
    }
    expect(w.violations).toEqual([]);
    expect(w.foreign).toEqual([]);
  });

  it('searching (page and header combobox) stays within the CSP and the origin', async () => {
    const w = await watched();
    await w.page.goto(`${base}/zh/search/?q=解约`);
    await w.page.waitForSelector('[data-search-results][data-search-done]');
    expect(await w.page.locator('[data-search-list] li').count()).toBeGreaterThan(0);
    await w.page.goto(`${base}/en/japan/`);
    await w.page.focus('#site-search');
    await w.page.keyboard.type('cancel');
    await w.page.waitForSelector('#site-search-listbox [role="option"]');
    expect(w.violations).toEqual([]);
    expect(w.foreign).toEqual([]);
  });
});
