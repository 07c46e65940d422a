import { describe, expect, it } from 'vitest';
import { urlProblems, urlsIn } from '../../src/content-rules/link-policy.ts';

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
