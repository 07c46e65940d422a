import { describe, expect, it } from 'vitest';
import {
  carrierIn,
  situationsIn,
  didYouMean,
  editDistance,
  stripQuestionWords,
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
