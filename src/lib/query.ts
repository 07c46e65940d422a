/**
 * Understanding a reader's query before Pagefind sees it (pure, unit-tested, no DOM):
 * recognise a carrier named in any script (so its own guide ranks first), drop question
 * words and particles, and suggest a carrier name for a typo ("docmo" → "docomo").
 */

/** What the site knows to recognise: every carrier's names and aliases (from /search-terms.json). */
export interface SearchTerms {
  carriers: { id: string; names: string[] }[];
  /** Other words worth correcting a typo to: local terms such as "disdetta", "portabilità". */
  words?: string[];
  /** Reader situations (content/situations) with the words that name them. */
  situations?: { id: string; keywords: string[] }[];
  /** The site's word for a concept and the words readers type for it (content/search-words). */
  synonyms?: { site: string; reader: string[] }[];
}

/** The situations a query names ("回国 账单" → final-bill), most specific keyword first. */
export function situationsIn(q: string, terms: SearchTerms): string[] {
  const text = fold(q);
  const hits: { id: string; score: number }[] = [];
  for (const s of terms.situations ?? []) {
    let score = 0;
    for (const k of s.keywords) {
      const parts = fold(k).split(/\s+/).filter(Boolean);
      if (parts.every((p) => mentions(text, p))) score = Math.max(score, parts.join('').length);
    }
    if (score) hits.push({ id: s.id, score });
  }
  return hits.sort((a, b) => b.score - a.score).map((h) => h.id);
}

const QUESTION_WORDS_ZH = [
  '怎么办',
  '怎么样',
  '怎么',
  '如何',
  '怎样',
  '可以',
  '能不能',
  '能否',
  '需要',
  '什么',
  '吗',
  '呢',
  '吧',
  '了',
  '要',
];
const QUESTION_WORDS_EN = new Set([
  'how',
  'to',
  'do',
  'i',
  'can',
  'my',
  'a',
  'the',
  'what',
  'is',
  'should',
  'me',
  'please',
  'when',
  'where',
  'does',
]);

export const fold = (s: string) => s.normalize('NFKC').toLowerCase();
export const isCjk = (s: string) =>
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Does the (folded) query mention `term`? Chinese and Japanese terms anywhere (there are no
 * spaces to cut at); other terms as whole words, so "tim" is not found in "time".
 */
function mentions(text: string, term: string): boolean {
  return isCjk(term) ? text.includes(term) : findWord(text, term, true);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => !!c && WORD_CHAR.test(c);

/**
 * Is `term` in `text` with no letter or digit just before it (and, when `whole`, just after it)?
 * Plain string search: a Unicode RegExp per carrier name cost ~200 ms on a slow phone's first query.
 */
function findWord(text: string, term: string, whole: boolean): boolean {
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
    const after = text[i + term.length];
    if (!isWordChar(text[i - 1]) && !(whole && isWordChar(after))) return true;
  }
  return false;
}

/**
 * The query in the site's words: each reader's word ("苹果手机", "退订", "流量卡") becomes the
 * word the guides use ("iPhone", "解约", "纯流量卡"). At each place the longest known word wins,
 * and a site word the reader already typed stays, so "纯流量卡" does not become "纯纯流量卡".
 */
export function toSiteWords(q: string, terms: SearchTerms): string {
  const { pattern, to } = siteWordsOf(terms);
  if (!pattern) return q;
  // Spaces around each site word keep it apart from the next word ("苹果手机删除" → "iPhone 删除").
  return fold(q)
    .replace(pattern, (m) => ` ${to.get(m)!} `)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every reader's and site word mapped to the site word, and one pattern for all (built once). */
const siteWordsCache = new WeakMap<SearchTerms, { pattern?: RegExp; to: Map<string, string> }>();
function siteWordsOf(terms: SearchTerms) {
  let built = siteWordsCache.get(terms);
  if (built) return built;
  const to = new Map<string, string>();
  for (const s of terms.synonyms ?? []) {
    to.set(fold(s.site), s.site);
    for (const r of s.reader) to.set(fold(r), s.site);
  }
  const source = [...to.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => (isCjk(w) ? escape(w) : `(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`))
    .join('|');
  built = source ? { pattern: new RegExp(source, 'gu'), to } : { to };
  siteWordsCache.set(terms, built);
  return built;
}

/** Does `word` start a word of the (folded) text? Chinese anywhere; "cancel" finds "cancelling". */
export function startsWord(text: string, word: string): boolean {
  return isCjk(word) ? text.includes(word) : findWord(text, word, false);
}

/** The query without question words and particles; unchanged when nothing would be left. */
export function stripQuestionWords(q: string): string {
  let out = q;
  for (const w of QUESTION_WORDS_ZH) out = out.split(w).join(' ');
  const words = out.split(/[\s?？!！,，.。]+/).filter((w) => w && !QUESTION_WORDS_EN.has(fold(w)));
  const cleaned = words.join(' ').trim();
  return cleaned || q.trim();
}

/** The carrier a query names, in any script or case ("TIM", "软银", "ソフトバンク"), or undefined. */
export function carrierIn(q: string, terms: SearchTerms): string | undefined {
  const text = fold(q);
  let best: { id: string; length: number } | undefined;
  for (const c of terms.carriers) {
    for (const raw of c.names) {
      const name = fold(raw);
      if (mentions(text, name) && (!best || name.length > best.length))
        best = { id: c.id, length: name.length };
    }
  }
  return best?.id;
}

/** Levenshtein distance, capped: returns max + 1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      rowMin = Math.min(rowMin, cur[j]!);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * "Did you mean": the query with each unknown Latin word of 4+ letters replaced by the
 * closest carrier name within a small edit distance, or undefined when nothing changes.
 */
export function didYouMean(q: string, terms: SearchTerms): string | undefined {
  const names = [
    ...new Set(
      [...terms.carriers.flatMap((c) => c.names), ...(terms.words ?? [])].filter(
        (n) => /^[\p{L}\p{N} .&!-]+$/u.test(n) && !isCjk(n),
      ),
    ),
  ];
  const known = new Set(names.map(fold));
  let changed = false;
  const out = q.split(/(\s+)/).map((w) => {
    const f = fold(w);
    if (f.length < 4 || known.has(f) || !/^\p{L}+$/u.test(f)) return w;
    const limit = f.length >= 7 ? 2 : 1;
    let best: { name: string; d: number } | undefined;
    for (const n of names) {
      const d = editDistance(f, fold(n), limit);
      if (d <= limit && (!best || d < best.d)) best = { name: n, d };
    }
    if (!best) return w;
    changed = true;
    return best.name;
  });
  return changed ? out.join('') : undefined;
}

/** Chinese and Japanese words of 2+ characters the site knows: carrier names and the site's words. */
function knownCjkWords(terms: SearchTerms): string[] {
  const all = [
    ...terms.carriers.flatMap((c) => c.names),
    ...(terms.synonyms ?? []).map((s) => s.site),
  ];
  return [...new Set(all.map(fold))].filter((w) => isCjk(w) && [...w].length > 1 && !/\s/.test(w));
}

/**
 * The known multi-character Chinese words in a query ("软银", "解约"), longest first and not
 * overlapping. Pagefind's browser side splits them into single characters that also match
 * inside other words (软银 → 软 + 银 finds 银行), so search matches each of them as a phrase.
 */
export function phrasesIn(text: string, terms: SearchTerms): string[] {
  const known = knownCjkWords(terms).sort((a, b) => b.length - a.length);
  const found: string[] = [];
  let rest = fold(text);
  for (const w of known) {
    if (!rest.includes(w)) continue;
    found.push(w);
    rest = rest.split(w).join(' ');
  }
  return found;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The words of a (site-word) query to highlight and to rank sections by: Latin words as typed,
 * known Chinese words whole, other Chinese text cut into words of 2+ characters (a lone
 * character only when the reader typed just that), so 银 alone never lights up 银行.
 */
export function queryWords(text: string, terms: SearchTerms): string[] {
  const out = new Set<string>();
  for (const token of fold(text).split(/\s+/).filter(Boolean)) {
    if (!isCjk(token)) {
      if (/[\p{L}\p{N}]/u.test(token)) out.add(token);
      continue;
    }
    const phrases = phrasesIn(token, terms);
    phrases.forEach((p) => out.add(p));
    const rest = phrases.reduce((t, p) => t.split(p).join(' '), token);
    for (const piece of rest.split(' ').filter(Boolean))
      for (const { segment, isWordLike } of segmenter.segment(piece))
        if (isWordLike && ([...segment].length > 1 || [...token].length === 1)) out.add(segment);
  }
  return [...out];
}
