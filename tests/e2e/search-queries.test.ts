/**
 * Real Pagefind queries in Chromium: aliases in every script, Japanese and Italian words,
 * Chinese queries of 2 to 6 characters, and filter combinations. Each expects a guide in the top 3.
 */
import { describe, expect, it } from 'vitest';
import { searchResultPaths, useBrowser } from '../support/browser.ts';

const { open } = useBrowser();

async function results(path: string): Promise<string[]> {
  const page = await open(path);
  const found = await searchResultPaths(page);
  await page.context().close();
  return found;
}

const q = (lang: string, query: string, filters = '') =>
  `/${lang}/search/?q=${encodeURIComponent(query)}${filters}`;

const cases: [string, string, string][] = [
  // Chinese aliases and terms (2–6 characters)
  [q('zh', '软银'), '/zh/japan/softbank/', 'alias 软银 → SoftBank'],
  [q('zh', '都科摩'), '/zh/japan/docomo/', 'alias 都科摩 → docomo'],
  [q('zh', '乐天'), '/zh/japan/rakuten-mobile/', 'alias 乐天 → Rakuten Mobile'],
  [q('zh', '沃达丰'), '/zh/italy/vodafone/', 'alias 沃达丰 → Vodafone'],
  [q('zh', '意大利电信'), '/zh/italy/tim/', 'alias 意大利电信 → TIM'],
  [q('zh', '风三'), '/zh/italy/windtre/', 'alias 风三 → WindTre'],
  [q('zh', '携号转网 软银'), '/zh/japan/softbank/', '携号转网 (4 chars) with a carrier'],
  [q('zh', '携号转网'), '/zh/*', '携号转网 (4 chars) alone'],
  [q('zh', '离开日本'), '/zh/japan/leaving-japan/', '离开日本 (4 chars)'],
  // Readers' words (content/search-words): each fails when they are not turned into the site's
  [q('zh', '苹果手机 怎么删除esim'), '/zh/global/delete-esim-iphone/', '苹果手机 → iPhone'],
  [
    q('zh', '安卓手机怎么删掉eSIM'),
    '/zh/global/delete-esim-android/',
    '安卓手机 → 安卓, 删掉 → 删除',
  ],
  [q('zh', '注销 手机卡 英国'), '/zh/uk', '注销 → 解约, 手机卡 → SIM (a UK page)'],
  [q('zh', '违约金 美国'), '/zh/us/', '违约金 → 提前解约费 (the US page that explains it)'],
  [q('zh', '删除eSIM'), '/zh/global/delete-esim-', '删除 eSIM (either device guide)'],
  [q('zh', '删除eSIM iPhone'), '/zh/global/delete-esim-iphone/', '删除 eSIM iPhone'],
  [q('zh', '初期契约解除'), '/zh/japan/*', '初期契约解除 (6 chars)'],
  [q('zh', '解约'), '/zh/*', '解约 (2 chars)'],
  [q('zh', '预付费卡'), '/zh/*', '预付费卡 (4 chars)'],
  // Japanese and Italian words on Chinese and English pages
  [q('zh', 'ソフトバンク'), '/zh/japan/softbank/', 'katakana ソフトバンク'],
  [q('en', 'ドコモ'), '/en/japan/docomo/', 'katakana ドコモ'],
  [q('en', '楽天モバイル'), '/en/japan/rakuten-mobile/', '楽天モバイル'],
  [q('en', 'ワイモバイル'), '/en/japan/ymobile/', 'ワイモバイル'],
  [q('en', 'disdetta iliad'), '/en/italy/iliad/', 'Italian: disdetta iliad'],
  [q('en', 'portabilità'), '/en/italy/*', 'Italian: portabilità'],
  [q('en', 'portabilità TIM'), '/en/italy/tim/', 'Italian: portabilità TIM'],
  [q('zh', '解約 docomo'), '/zh/japan/docomo/', 'Japanese 解約 with a carrier'],
  // English
  [q('en', 'softbank'), '/en/japan/softbank/', 'SoftBank'],
  [q('en', 'delete eSIM iPhone'), '/en/global/delete-esim-iphone/', 'delete eSIM iPhone'],
  [q('en', 'Holafly refund'), '/en/global/holafly/', 'Holafly refund'],
  [q('en', 'leaving Japan'), '/en/japan/leaving-japan/', 'leaving Japan'],
  [q('en', 'povo'), '/en/japan/povo/', 'povo'],
  // filters
  [
    q('en', 'cancel', '&country=italy&carrier=iliad'),
    '/en/italy/iliad/',
    'filters country=italy carrier=iliad',
  ],
  [q('zh', '解约', '&carrier=au'), '/zh/japan/au/', 'filter carrier=au'],
  [
    q('en', '', '&simType=esim&country=global&carrier=airalo'),
    '/en/global/airalo/',
    'filter-only search',
  ],
];

describe('search queries (top 3)', () => {
  // "/zh/japan/*": the top 3 are all pages under that path; "/zh/global/delete-esim-": one of the top 3 starts so.
  it.each(cases)('%s → %s (%s)', async (path, expected) => {
    const found = await results(path);
    const top = found.slice(0, 3);
    if (expected.endsWith('*')) {
      expect(top.length).toBe(3);
      expect(
        top.every((p) => p.startsWith(expected.slice(0, -1))),
        `got ${top.join(', ')}`,
      ).toBe(true);
    } else if (!expected.endsWith('/')) {
      expect(
        top.some((p) => p.startsWith(expected)),
        `got ${top.join(', ')}`,
      ).toBe(true);
    } else expect(top, `got ${found.slice(0, 5).join(', ')}`).toContain(expected);
  });

  it('country=italy excludes every Japan guide', async () => {
    const found = await results(q('en', 'cancel', '&country=italy'));
    expect(found.length).toBeGreaterThan(3);
    expect(found.every((p) => p.startsWith('/en/italy/'))).toBe(true);
  });
});
