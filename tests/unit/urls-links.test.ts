import { describe, expect, it } from 'vitest';
import { checkLinks, duplicateIds } from '../../src/dist-checks/links.ts';
import { guidePath, parseGuideId, switchLocalePath } from '../../src/lib/urls.ts';

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

describe('checkLinks', () => {
  const origin = 'http://site.test';
  const pages = new Map([
    [
      '/en/',
      '<a href="/en/japan/">J</a><a href="/en/japan/#x">x</a><a href="https://other.test/">o</a><a href="tel:151">t</a>',
    ],
    [
      '/en/japan/',
      '<h2 id="x">X</h2><a href="/en/nope/">n</a><a href="/en/#missing">m</a><a href="/en/japan">s</a><link href="/style.css">',
    ],
  ]);
  it('reports missing pages, missing anchors and missing trailing slashes only', () => {
    const problems = checkLinks(pages, new Set(['/style.css']), origin);
    expect(problems).toEqual([
      { page: '/en/japan/', href: '/en/nope/', message: 'no page or file at /en/nope/' },
      {
        page: '/en/japan/',
        href: '/en/#missing',
        message: 'no id="missing" on /en/ (available: …)',
      },
      {
        page: '/en/japan/',
        href: '/en/japan',
        message: 'no page or file at /en/japan (add the trailing slash: /en/japan/)',
      },
    ]);
  });
});

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

describe('duplicateIds', () => {
  it('finds ids used twice on a page', () => {
    expect(duplicateIds('<h2 id="a"></h2><p id="b"></p><span id="a"></span>')).toEqual(['a']);
    expect(duplicateIds('<h2 id="a"></h2><p id="b"></p>')).toEqual([]);
  });
});
