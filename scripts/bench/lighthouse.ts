/** Lighthouse (mobile, default config) with the system Chromium. */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from '../../tests/support/chromium.ts';

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

export async function lighthouseScores(urls: string[]): Promise<Record<string, Scores>> {
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  const out: Record<string, Scores> = {};
  try {
    for (const url of urls) {
      const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const c = r!.lhr.categories;
      const s = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
      out[url] = {
        performance: s('performance'),
        accessibility: s('accessibility'),
        'best-practices': s('best-practices'),
        seo: s('seo'),
      };
    }
  } finally {
    chrome.kill();
  }
  return out;
}
