import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY,
  countText,
  excerptParts,
  isSearchable,
  rankSubResults,
  readState,
  snippet,
  toPagefindFilters,
  writeState,
} from '../../src/lib/search.ts';

describe('search URL state', () => {
  it('round-trips query and filters', () => {
    const s = readState('?q=%E8%A7%A3%E7%BA%A6&country=italy&carrier=iliad');
    expect(s).toEqual({ q: '解约', filters: { country: 'italy', carrier: 'iliad' } });
    expect(readState(writeState(s))).toEqual(s);
  });
  it('drops junk filter values and unknown keys', () => {
    expect(readState('?q=x&country=<script>&carrier=a%20b&evil=1').filters).toEqual({});
  });
  it('caps very long queries', () => {
    expect(readState(`?q=${'a'.repeat(600)}`).q).toHaveLength(MAX_QUERY);
  });
  it('writes nothing for an empty state', () => {
    expect(writeState({ q: '', filters: {} })).toBe('');
  });
  it('knows punctuation-only queries are not searchable', () => {
    expect(isSearchable('?!… ——')).toBe(false);
    expect(isSearchable('软银')).toBe(true);
    expect(isSearchable('eSIM')).toBe(true);
  });
  it('maps filters for Pagefind', () => {
    expect(toPagefindFilters({ country: 'japan' })).toEqual({ country: 'japan' });
  });
});

describe('countText', () => {
  it('picks the none / one / many template', () => {
    const m = { none: 'No guide', one: '1 result', many: '{n} results' };
    expect([0, 1, 12].map((n) => countText(n, m))).toEqual(['No guide', '1 result', '12 results']);
  });
});

describe('excerptParts', () => {
  it('keeps marks and decodes entities as text', () => {
    expect(excerptParts('a <mark>b</mark> &lt;c&gt;')).toEqual([
      { text: 'a ', mark: false },
      { text: 'b', mark: true },
      { text: ' <c>', mark: false },
    ]);
  });
  it('never turns other markup into elements (it stays text)', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)>');
    expect(parts).toEqual([{ text: '<img src=x onerror=alert(1)>', mark: false }]);
  });
});

const text = (parts: { text: string; mark: boolean }[]) =>
  parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('snippet', () => {
  const zh = { query: '软银', words: ['软银'] };
  it('marks the query word whole, never a word that only shares a character', () => {
    expect(text(snippet('<mark>软</mark><mark>银</mark>话费的<mark>银行</mark>账户', zh))).toBe(
      '[软银]话费的银行账户',
    );
    expect(
      text(
        snippet('不需要<mark>预约</mark>号，<mark>解</mark><mark>约</mark>', {
          query: '解约',
          words: ['解约'],
        }),
      ),
    ).toBe('不需要预约号，[解约]');
  });
  it('keeps Latin marks but not their punctuation', () => {
    expect(
      text(
        snippet('A summary (for <mark>docomo)</mark> says', { query: 'docomo', words: ['docomo'] }),
      ),
    ).toBe('A summary (for [docomo]) says');
  });
  it('shows where it is cut and never starts with punctuation', () => {
    expect(text(snippet('…，付<mark>软银</mark>话费，', zh))).toBe('…付[软银]话费…');
    expect(text(snippet('…. cancel it online …', { query: 'x', words: [] }))).toBe(
      '…cancel it online…',
    );
  });
  it('drops the section title in front of its own text and sets off a Chinese heading', () => {
    expect(text(snippet('办理前准备 先确认号码', { ...zh, title: '办理前准备' }))).toBe(
      '先确认号码',
    );
    expect(text(snippet('解约软银线路. 在<mark>软银</mark>门店', zh))).toBe(
      '解约[软银]线路：在[软银]门店',
    );
    expect(text(snippet('Cancel online. Log in first', zh))).toBe('Cancel online. Log in first');
  });
});

describe('rankSubResults', () => {
  const sub = (title: string, excerpt: string, id = title) => ({
    title,
    excerpt,
    url: `/en/japan/docomo/#${id.replace(/\W+/g, '-')}`,
  });
  const subs = [
    sub('Docomo cancellation guide', 'Cancel a <mark>docomo</mark> line', 'top'),
    sub('Before you start', 'Have your ID ready for <mark>docomo</mark>'),
    sub('Log in', 'Open My <mark>docomo</mark>'),
    sub('Before you start', 'Have your ID ready for <mark>docomo</mark>', 'again'),
    sub('Bring original ID', '<mark>Bring</mark> the original ID to the <mark>docomo</mark> shop'),
    sub('What it costs', 'Fees for <mark>docomo</mark>'),
  ];
  it('puts the section whose title answers the query first', () => {
    expect(rankSubResults(subs, 'x', ['bring', 'docomo'], 3).map((s) => s.title)).toEqual([
      'Bring original ID',
      'Docomo cancellation guide',
      'Before you start',
    ]);
    expect(rankSubResults(subs, 'x', ['fee', 'docomo'], 1)[0]!.title).toBe('What it costs');
  });
  it('never repeats a title, a text, or the text the result already shows', () => {
    const shown = rankSubResults(subs, 'Cancel a <mark>docomo</mark> line', ['docomo'], 9);
    expect(shown.map((s) => s.title).sort()).toEqual(
      ['Before you start', 'Bring original ID', 'Log in', 'What it costs'].sort(),
    );
  });
  it('skips sections without an anchor and those that match none of the words', () => {
    const mixed = [
      { ...sub('Page', 'a'), url: '/en/x/' },
      sub('Log in', 'Open it'),
      sub('Bring ID', 'bring it'),
    ];
    expect(rankSubResults(mixed, 'x', ['bring'], 3).map((s) => s.title)).toEqual(['Bring ID']);
  });
});
