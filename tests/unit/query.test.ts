import { describe, expect, it } from 'vitest';
import {
  carrierIn,
  situationsIn,
  didYouMean,
  editDistance,
  phrasesIn,
  queryWords,
  stripQuestionWords,
  toSiteWords,
  type SearchTerms,
} from '../../src/lib/query.ts';

const terms: SearchTerms = {
  carriers: [
    { id: 'softbank', names: ['SoftBank', '软银', 'ソフトバンク'] },
    { id: 'tim', names: ['TIM', '意大利电信'] },
    { id: 'docomo', names: ['NTT docomo', 'docomo', 'ドコモ', '都科摩'] },
    { id: 'vodafone', names: ['Vodafone', '沃达丰'] },
    { id: 'vodafone-uk', names: ['Vodafone UK', '沃达丰英国'] },
    { id: 'airalo', names: ['Airalo'] },
    { id: 'att', names: ['AT&T', 'AT&T 美国'] },
    { id: 't-mobile', names: ['T-Mobile', 'T-Mobile 美国'] },
  ],
};

describe('carrierIn', () => {
  it.each([
    ['portabilità TIM', 'tim'],
    ['tim', 'tim'],
    ['软银 解约', 'softbank'],
    ['ソフトバンク', 'softbank'],
    ['cancel NTT docomo', 'docomo'],
    ['沃达丰英国 PAC', 'vodafone-uk'],
    ['Vodafone UK cancel', 'vodafone-uk'],
    ['AT&T cancel', 'att'],
    ['cancel t-mobile?', 't-mobile'],
  ])('%s → %s', (q, id) => {
    expect(carrierIn(q, terms)).toBe(id);
  });
  it('does not match a name inside another word', () => {
    expect(carrierIn('time limit', terms)).toBeUndefined();
    expect(carrierIn('留学生 解约', terms)).toBeUndefined();
  });
});

describe('stripQuestionWords', () => {
  it.each([
    ['软银怎么解约', '软银 解约'],
    ['how to cancel my docomo', 'cancel docomo'],
    ['回国了手机号怎么办？', '回国 手机号'],
    ['吗', '吗'],
  ])('%s → %s', (q, out) => {
    expect(stripQuestionWords(q)).toBe(out);
  });
});

describe('didYouMean', () => {
  it.each([
    ['docmo', 'docomo'],
    ['vodaphone', 'Vodafone'],
    ['airlo', 'Airalo'],
    ['cancel softbnk', 'cancel SoftBank'],
  ])('%s → %s', (q, out) => {
    expect(didYouMean(q, terms)).toBe(out);
  });
  it('leaves known and short words alone', () => {
    expect(didYouMean('docomo', terms)).toBeUndefined();
    expect(didYouMean('sim', terms)).toBeUndefined();
  });
  it('measures edits', () => {
    expect(editDistance('docmo', 'docomo')).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz')).toBe(3);
  });
});

describe('didYouMean with local words', () => {
  it('corrects a typo to a glossary word', () => {
    expect(didYouMean('disdeta iliad', { ...terms, words: ['disdetta', 'portabilità'] })).toBe(
      'disdetta iliad',
    );
  });
});

describe('situationsIn', () => {
  const withSituations: SearchTerms = {
    carriers: [],
    situations: [
      { id: 'final-bill', keywords: ['账单', '话费 没交', 'final bill'] },
      { id: 'leaving-uk', keywords: ['离开英国', 'leaving the uk'] },
    ],
  };
  it.each([
    ['回国 账单', ['final-bill']],
    ['回国后还有话费没交怎么办', ['final-bill']],
    ['final bill after leaving', ['final-bill']],
    ['离开英国', ['leaving-uk']],
    ['Leaving the UK soon', ['leaving-uk']],
    ['leaving', []],
  ])('%s → %j', (q, ids) => {
    expect(situationsIn(q, withSituations)).toEqual(ids);
  });
});

describe('toSiteWords', () => {
  const words: SearchTerms = {
    carriers: [],
    synonyms: [
      { site: '解约', reader: ['退订', '取消', '注销'] },
      { site: 'iPhone', reader: ['苹果手机', '苹果'] },
      { site: '纯流量卡', reader: ['流量卡'] },
      { site: '学生', reader: ['留学生'] },
      { site: 'SIM', reader: ['手机卡'] },
    ],
  };
  it.each([
    ['苹果手机 删除esim', 'iPhone 删除esim'],
    ['苹果 删除', 'iPhone 删除'],
    ['流量卡退订', '纯流量卡 解约'],
    ['纯流量卡 退订', '纯流量卡 解约'],
    ['留学生 解约', '学生 解约'],
    ['手机卡 注销', 'SIM 解约'],
    ['delete esim', 'delete esim'],
  ])('%s → %s', (q, out) => {
    expect(toSiteWords(q, words)).toBe(out);
  });
  it('leaves a query without synonyms alone', () => {
    expect(toSiteWords('Cancel TIM', terms)).toBe('Cancel TIM');
  });
});

describe('phrasesIn and queryWords', () => {
  const withWords: SearchTerms = { ...terms, synonyms: [{ site: '解约', reader: ['退订'] }] };
  it('finds known Chinese words', () => {
    expect(phrasesIn('软银 解约', withWords).sort()).toEqual(['解约', '软银'].sort());
    expect(phrasesIn('沃达丰英国', withWords)).toEqual(['沃达丰英国']);
    expect(phrasesIn('cancel docomo', withWords)).toEqual([]);
  });
  it('keeps words whole and never a stray single character', () => {
    expect(queryWords('软银 解约', withWords)).toEqual(['软银', '解约']);
    expect(queryWords('Cancel 软银解约', withWords).sort()).toEqual(
      ['cancel', '解约', '软银'].sort(),
    );
    expect(queryWords('回国 手机号', withWords)).toContain('回国');
    expect(queryWords('回国后还有', withWords)).not.toContain('后');
    expect(queryWords('卡', withWords)).toEqual(['卡']);
  });
});
