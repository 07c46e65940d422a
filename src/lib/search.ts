/** Pure search helpers: URL state and safe excerpt handling (unit-tested, no DOM, no Pagefind). */

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
