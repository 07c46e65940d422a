import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY,
  countText,
  excerptParts,
  isSearchable,
  readState,
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
