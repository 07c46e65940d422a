/**
 * Pure search helpers: URL state, safe excerpt handling, clean snippets and sub-results ranked
 * by the query (unit-tested, no DOM, no Pagefind).
 */
import { fold, isCjk, startsWord } from './query.ts';

export const MAX_QUERY = 200;
export const FILTER_KEYS = ['country', 'carrier', 'simType', 'channel', 'abroad'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
}

const FILTER_VALUE = /^[a-z0-9-]{1,40}$/;

/** Reads ?q=&country=&carrier=... leniently: junk filter values are dropped, the query is trimmed and capped. */
export function readState(search: string): SearchState {
  const p = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k);
    if (v && FILTER_VALUE.test(v)) filters[k] = v;
  }
  return { q: (p.get('q') ?? '').trim().slice(0, MAX_QUERY), filters };
}

export function writeState(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const k of FILTER_KEYS) if (s.filters[k]) p.set(k, s.filters[k]!);
  const out = p.toString();
  return out ? `?${out}` : '';
}

/** True when the query has something Pagefind can match (letters or digits in any script). */
export function isSearchable(q: string): boolean {
  return /[\p{L}\p{N}]/u.test(q);
}

/** Pagefind filter object: one value per key. */
export function toPagefindFilters(f: SearchState['filters']): Record<string, string> {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v));
}

/** "No guide matches" / "1 result" / "12 results" from the localised templates. */
export function countText(n: number, m: { none: string; one: string; many: string }): string {
  return n === 0 ? m.none : n === 1 ? m.one : m.many.replace('{n}', String(n));
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * Splits a Pagefind excerpt ("text with <mark>hits</mark>") into plain parts, so the UI
 * renders it with textContent only; any other markup is shown as text, never parsed.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const m of excerpt.matchAll(re)) {
    if (m.index > last) parts.push({ text: decode(excerpt.slice(last, m.index)), mark: false });
    parts.push({ text: decode(m[1]!), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), mark: false });
  return parts;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};
function decode(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e]!);
}

interface Char {
  c: string;
  mark: boolean;
}

const toChars = (parts: ExcerptPart[]): Char[] =>
  parts.flatMap((p) => [...p.text].map((c) => ({ c, mark: p.mark })));

function toParts(chars: Char[]): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (const { c, mark } of chars) {
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += c;
    else parts.push({ text: c, mark });
  }
  return parts;
}

/** Marks every place a word occurs (case-insensitive; Latin only at the start of a word). */
function markWords(chars: Char[], words: string[]): void {
  // Fold character by character, so positions stay those of the text we show ("…" stays one).
  const codepoints = chars.map(({ c }) => ([...fold(c)].length === 1 ? fold(c) : c));
  for (const w of words) {
    const len = [...w].length;
    for (let i = 0; i + len <= codepoints.length; i++) {
      if (codepoints.slice(i, i + len).join('') !== w) continue;
      if (!isCjk(w) && i > 0 && /[\p{L}\p{N}]/u.test(codepoints[i - 1]!)) continue;
      for (let j = i; j < i + len; j++) chars[j]!.mark = true;
    }
  }
}

/**
 * Pagefind marks every Chinese word that shares a character with the query (软银 lights up 银行,
 * 解约 lights up 预约). Keep a Chinese mark only when the marked run is 2+ characters of the query
 * itself; Latin marks (which follow Pagefind's stemming) stay.
 */
function dropStrayCjkMarks(chars: Char[], query: string): void {
  const q = fold(query);
  for (let i = 0; i < chars.length;) {
    if (!chars[i]!.mark) {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && chars[j]!.mark) j++;
    const run = chars.slice(i, j);
    // Pagefind marks a word with its punctuation ("docomo)", "TIM:"): mark the word only.
    for (const edge of [run, [...run].reverse()])
      for (const x of edge) {
        if (!/[\s\p{P}]/u.test(x.c)) break;
        x.mark = false;
      }
    const text = fold(
      run
        .map((x) => x.c)
        .join('')
        .trim(),
    );
    if (isCjk(text) && !([...text].length > 1 && q.includes(text)) && q.trim() !== text)
      run.forEach((x) => (x.mark = false));
    i = j;
  }
}

const LEADING_JUNK = /^[\s\p{P}\p{S}]+/u;
const TRAILING_JUNK = /[\s\p{Pd}\p{Ps}\p{Pi}、，,;；:：]+$/u;

/** Removes `n` characters at `at`, or inserts `text` there. */
const splice = (chars: Char[], at: number, n: number, text = '') =>
  chars.splice(at, n, ...[...text].map((c) => ({ c, mark: false })));

export interface SnippetOptions {
  /** The query Pagefind searched (site words). */
  query: string;
  /** The query's words to mark (queryWords() of query.ts). */
  words: string[];
  /** The section title shown above the snippet: a snippet starting with it drops it. */
  title?: string | undefined;
}

/**
 * A Pagefind excerpt ready to show: "…" where it is cut, never starting with punctuation, the
 * section title not repeated in front of its own text, a Chinese heading set off with "："
 * rather than glued on with ". ", and only the query's own words marked.
 */
export function snippet(excerpt: string, o: SnippetOptions): ExcerptPart[] {
  const chars = toChars(excerptParts(excerpt));
  dropStrayCjkMarks(chars, o.query);
  markWords(chars, o.words.filter(isCjk));
  const str = () => chars.map((x) => x.c).join('');
  let cutStart = str().startsWith('…');
  if (cutStart) splice(chars, 0, 1);
  const title = o.title?.trim();
  if (title && str().trimStart().startsWith(title)) {
    splice(chars, 0, str().length - str().trimStart().length + title.length);
    cutStart = false;
  }
  const lead = LEADING_JUNK.exec(str())?.[0].length ?? 0;
  if (lead) splice(chars, 0, lead);
  // Pagefind joins a heading to the text after it with ". ": in Chinese that reads as a typo.
  for (let m; (m = /(?<=[\p{Script=Han}）」》])\. (?=[\p{Script=Han}（「《])/u.exec(str()));)
    splice(chars, m.index, 2, '：');
  let cutEnd = str().endsWith('…');
  if (cutEnd) splice(chars, str().length - 1, 1);
  const trail = TRAILING_JUNK.exec(str())?.[0].length ?? 0;
  if (trail) {
    splice(chars, str().length - trail, trail);
    cutEnd ||= trail > 0 && !/[。.!！?？]$/u.test(str());
  }
  if (cutStart) splice(chars, 0, 0, '…');
  if (cutEnd) splice(chars, chars.length, 0, '…');
  return toParts(chars);
}

const plainText = (excerpt: string) =>
  excerptParts(excerpt)
    .map((p) => p.text)
    .join('')
    .replace(/^…|…$/g, '')
    .trim();

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

/**
 * How well a section answers the query: each word found counts, three times in the title, and a
 * word found in every section (the carrier's name) counts less than one found in few ("fee").
 */
function subScore(s: SubResult, weight: Map<string, number>): number {
  const title = fold(s.title);
  const body = fold(plainText(s.excerpt));
  const marks = excerptParts(s.excerpt).filter((p) => p.mark && !isCjk(p.text)).length;
  let score = marks / 100;
  for (const [w, k] of weight)
    score += k * ((startsWord(title, w) ? 3 : 0) + (startsWord(body, w) ? 1 : 0));
  return score;
}

/**
 * The sections of one result worth showing, best match first: only real sections (#anchor),
 * never the same title or text twice, never the text the result already shows, and sections
 * that match none of the query's own words only when nothing matches better.
 */
export function rankSubResults(
  subs: SubResult[],
  mainExcerpt: string,
  words: string[],
  limit: number,
): SubResult[] {
  const seenTitles = new Set<string>();
  const main = plainText(mainExcerpt);
  const seenTexts = new Set<string>();
  const unique = subs.filter((s) => {
    const title = fold(s.title.trim());
    const text = plainText(s.excerpt);
    // Text the result already shows: its opening words are in the main excerpt.
    const shown = !!text && main.includes([...text].slice(0, 30).join(''));
    if (!s.url.includes('#') || seenTitles.has(title) || seenTexts.has(text) || shown) return false;
    seenTitles.add(title);
    seenTexts.add(text);
    return true;
  });
  const text = (s: SubResult) => fold(`${s.title} ${plainText(s.excerpt)}`);
  const weight = new Map(
    words.map((w) => {
      const found = unique.filter((s) => startsWord(text(s), w)).length;
      return [w, Math.log((unique.length + 1) / Math.max(1, found))];
    }),
  );
  const scored = unique.map((s, i) => ({ s, i, score: subScore(s, weight) }));
  const best = Math.max(0, ...scored.map((x) => x.score));
  // A section that has none of the words shows only when none has any.
  return scored
    .filter((x) => x.score >= 0.05 || best < 0.05)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.s);
}
