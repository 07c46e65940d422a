import { describe, expect, it } from 'vitest';
import { checkLinks, duplicateIds } from '../../src/dist-checks/links.ts';

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

describe('checkLinks on links within the page', () => {
  it('checks a plain #id and an encoded one against the ids of the page itself', () => {
    const page = new Map([
      [
        '/en/',
        '<h2 id="x">X</h2><h3 id="café">C</h3><a href="#x">1</a><a href="#caf%C3%A9">2</a><a href="#gone">3</a>',
      ],
    ]);
    expect(checkLinks(page, new Set(), 'http://site.test')).toEqual([
      { page: '/en/', href: '#gone', message: 'no id="gone" on /en/ (available: x, café…)' },
    ]);
  });
});

describe('duplicateIds', () => {
  it('finds ids used twice on a page', () => {
    expect(duplicateIds('<h2 id="a"></h2><p id="b"></p><span id="a"></span>')).toEqual(['a']);
    expect(duplicateIds('<h2 id="a"></h2><p id="b"></p>')).toEqual([]);
  });
});
