import { describe, expect, it } from 'vitest';
import { fixAlternates } from '../../src/lib/sitemap.ts';

describe('sitemap alternates', () => {
  it('keeps the language chooser out of the zh/en alternates', () => {
    const links = [
      { url: 'https://s.test/', lang: 'zh-CN' },
      { url: 'https://s.test/en/', lang: 'en' },
      { url: 'https://s.test/zh/', lang: 'zh-CN' },
    ];
    expect(fixAlternates({ url: 'https://s.test/en/', links }).links).toEqual(links.slice(1));
    expect(fixAlternates({ url: 'https://s.test/', links }).links).toBeUndefined();
  });
});
