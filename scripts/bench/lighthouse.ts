/**
 * Lighthouse (mobile, default config) with the system Chromium. Lighthouse and chrome-launcher
 * come from the benchmark's own packages (scripts/bench/package.json, installed by
 * `npm run bench`), so they are loaded at run time and typed here by the little we use.
 */
import { CHROMIUM_FLAGS, chromiumPath } from '../../tests/support/chromium.ts';

interface Chrome {
  port: number;
  kill(): void;
}
type Launch = (o: { chromePath: string; chromeFlags: string[] }) => Promise<Chrome>;
type Lighthouse = (
  url: string,
  o: { port: number; output: 'json'; logLevel: 'error' },
) => Promise<
  { lhr: { categories: Record<string, { score: number | null } | undefined> } } | undefined
>;
const load = (name: string): Promise<unknown> => import(name);

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

export async function lighthouseScores(urls: string[]): Promise<Record<string, Scores>> {
  const { launch } = (await load('chrome-launcher')) as { launch: Launch };
  const lighthouse = ((await load('lighthouse')) as { default: Lighthouse }).default;
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  const out: Record<string, Scores> = {};
  try {
    for (const url of urls) {
      const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!r) throw new Error(`Lighthouse returned nothing for ${url}`);
      const c = r.lhr.categories;
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
