import { describe, expect, it } from 'vitest';
import { guidePath, localeOfPath, parseGuideId, switchLocalePath } from '../../src/lib/urls.ts';

describe('urls', () => {
  it('switches the language prefix and keeps the rest', () => {
    expect(switchLocalePath('/en/japan/docomo/', 'zh')).toBe('/zh/japan/docomo/');
    expect(switchLocalePath('/zh/', 'en')).toBe('/en/');
    expect(switchLocalePath('/zhx/', 'en')).toBe('/zhx/');
  });
  it('parses guide ids', () => {
    expect(parseGuideId('zh/japan/docomo')).toEqual({
      lang: 'zh',
      country: 'japan',
      slug: 'docomo',
    });
    expect(guidePath('en', 'italy', 'iliad')).toBe('/en/italy/iliad/');
  });
});

describe('localeOfPath', () => {
  it.each([
    ['/en/japan/', 'en'],
    ['/zh/japan/', 'zh'],
    ['/', 'zh'],
    ['/english/', 'zh'],
  ])('%s → %s', (p, l) => expect(localeOfPath(p)).toBe(l));
});
