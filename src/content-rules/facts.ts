/**
 * What counts as a fact that must be cited: a phone number, a money amount, a count of
 * days / weeks / months / years / hours / minutes, a percentage, a time of day, a date or
 * a year. Returns the first such fact found in reader-visible text, or null.
 */
import { findPhoneLike } from './phones.ts';

const CJK_NUM = '[0-9０-９一二三四五六七八九十百两]';
const PATTERNS: [string, RegExp][] = [
  [
    'a money amount',
    /[¥￥€$£]\s?\d|\d[\d,.]*\s?(?:円|日元|欧元|英镑|美元|元|便士|万日元)|\d[\d,.]*\s?(?:yen|euros?|pounds?|dollars?|cents?|pence|GBP|USD|EUR|JPY)\b|\b(?:GBP|USD|EUR|JPY)\s?\d|\b\d+(?:\.\d+)?p\b/i,
  ],
  ['a percentage', /\d\s?(?:%|％|percent\b|per cent\b)|百分之/i],
  ['a time of day', /\b\d{1,2}:\d{2}\b|\d{1,2}時|\d{1,2}点(?!\d)/],
  [
    'a date',
    /\b\d{4}-\d{2}-\d{2}\b|\d{4}\s?年|\b\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{4}\b|\b(?:19|20)\d{2}\b/,
  ],
  [
    'a count of days, weeks, months, years, hours or minutes',
    new RegExp(
      `\\b\\d+(?:[.,]\\d+)?(?:\\s|-)?(?:working\\s|business\\s|calendar\\s)?(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?)\\b|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|thirty|sixty|ninety)(?:\\s|-)(?:working\\s|business\\s)?(?:days?|weeks?|months?|years?|hours?)\\b|${CJK_NUM}+\\s?(?:个工作日|个?月|天|日以内|日間|日间|周|星期|年内|年以上|小时|分钟|か月|ヶ月|日)`,
      'i',
    ),
  ],
];

export function factIn(text: string): string | null {
  if (findPhoneLike(text).length) return 'a phone number';
  for (const [kind, re] of PATTERNS) if (re.test(text)) return kind;
  return null;
}
