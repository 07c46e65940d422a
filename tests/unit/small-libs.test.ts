import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/dates.ts';
import { urlProblems, urlsIn } from '../../src/content-rules/link-policy.ts';
import { localeOfPath } from '../../src/lib/urls.ts';

describe('dates', () => {
  const d = new Date('2026-11-24T00:00:00Z');
  it('formats in each language, in UTC', () => {
    expect(formatDate(d, 'zh')).toBe('2026年11月24日');
    expect(formatDate(d, 'en')).toBe('24 November 2026');
    expect(isoDate(d)).toBe('2026-11-24');
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

describe('link policy', () => {
  it('finds URLs in text and flags the banned ones', () => {
    expect(urlsIn('see https://a.example/x) and t.me/chan')).toEqual([
      'https://a.example/x',
      't.me/chan',
    ]);
    expect(urlProblems('https://t.me/chan')).toEqual(['Telegram links are not allowed']);
    expect(urlProblems('https://i.imgur.com/x.png')).toEqual(['image-host links are not allowed']);
    expect(urlProblems('https://shop.example/?ref=abc')).toEqual([
      'remove tracking/affiliate parameters',
    ]);
    expect(urlProblems('http://a.example/')).toEqual(['use https:// (plain http is not accepted)']);
    expect(urlProblems('https://www.docomo.ne.jp/')).toEqual([]);
  });
});
