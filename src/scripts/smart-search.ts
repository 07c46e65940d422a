/**
 * One search as a reader means it, on top of Pagefind: question words dropped, readers' words
 * replaced by the site's, known Chinese words matched whole, the page of a situation named in
 * the query first, the guide of a carrier named in it next, all words
 * relaxed to any word when nothing matches, a "did you mean" for typos, and how many results
 * removing the filters would give. Returns the loaded data of the top `limit` results.
 */
import {
  carrierIn,
  didYouMean,
  phrasesIn,
  queryWords,
  situationsIn,
  stripQuestionWords,
  toSiteWords,
  type SearchTerms,
} from '../lib/query.ts';
import { isSearchable } from '../lib/search.ts';
import type {
  PagefindApi,
  PagefindData,
  PagefindResponse,
  PagefindResult,
} from './pagefind-client.ts';
import { loadSearchTerms } from './search-terms.ts';

export interface SmartResult {
  /** How many pages matched in all. */
  total: number;
  /** The data of the first `limit` results, in the order to show them. */
  items: PagefindData[];
  /** Remaining counts per filter value (for the filter options). */
  filters: PagefindResponse['filters'];
  /** True when no page had every word and the results match any word. */
  relaxed: boolean;
  /** A corrected query to offer ("docmo" → "docomo"). */
  suggestion?: string | undefined;
  /** When filters hid every result: how many results there are without them. */
  withoutFilters?: number | undefined;
  /** What Pagefind searched (the query in the site's words) and its words, to mark and rank by. */
  query: string;
  words: string[];
}

const uniqueById = (lists: PagefindResult[][]) => {
  const seen = new Set<string>();
  return lists.flat().filter((r) => !seen.has(r.id) && !!seen.add(r.id));
};

const isCarriers = (d: PagefindData, carrier: string) =>
  (d.filters?.carrier ?? []).includes(carrier);

/**
 * Pagefind's results for `text`, keeping only pages that have each known Chinese word whole:
 * a phrase search per word runs next to the plain one, and their pages intersect.
 */
async function searchWhole(
  pf: PagefindApi,
  text: string,
  phrases: string[],
  filters: Record<string, string>,
): Promise<PagefindResponse | null> {
  const [base, ...exact] = await Promise.all([
    pf.search(text, { filters }),
    ...phrases.map((p) => pf.search(`"${p}"`, { filters })),
  ]);
  if (!base || !exact.length) return base;
  const ids = exact.map((r) => new Set((r?.results ?? []).map((x) => x.id)));
  return { ...base, results: base.results.filter((r) => ids.every((set) => set.has(r.id))) };
}

/**
 * The carrier's own pages when the query's words are not all on them ("bring docomo store":
 * the guide says "shop"): each other word searched within the carrier, so the sections shown
 * are the ones about "bring"; the carrier's pages unranked when none of the words is there.
 */
async function carrierPages(
  pf: PagefindApi,
  words: string[],
  terms: SearchTerms,
  scoped: Record<string, string>,
): Promise<PagefindData[]> {
  const others = words.filter((w) => !carrierIn(w, terms));
  const each = await Promise.all([...others, null].map((w) => pf.search(w, { filters: scoped })));
  const hits = uniqueById(each.map((r) => r?.results ?? []));
  return Promise.all(hits.slice(0, 2).map((r) => r.data()));
}

export async function smartSearch(
  pf: PagefindApi,
  q: string,
  filters: Record<string, string>,
  limit: number,
): Promise<SmartResult> {
  // The terms file is requested when the reader focuses a search box, so it is usually here.
  const terms = await loadSearchTerms().catch((): SearchTerms => ({ carriers: [] }));
  const text = isSearchable(q) ? toSiteWords(stripQuestionWords(q), terms) : null;
  // A named situation ("回国 账单", "leaving the UK") puts the page that answers it first.
  const situation = text ? situationsIn(q, terms)[0] : undefined;
  const [base, answer] = await Promise.all([
    text ? searchWhole(pf, text, phrasesIn(text, terms), filters) : pf.search(null, { filters }),
    situation ? pf.search(null, { filters: { ...filters, situation } }) : null,
  ]);
  let results = uniqueById([answer?.results ?? [], base?.results ?? []]);
  let relaxed = false;
  const words = text?.split(/\s+/).filter(Boolean) ?? [];
  if (!results.length && words.length > 1) {
    const each = await Promise.all(
      words.map((w) => searchWhole(pf, w, phrasesIn(w, terms), filters)),
    );
    results = uniqueById(each.map((r) => r?.results ?? []));
    relaxed = results.length > 0;
  }
  let items = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  // A named carrier: its own pages first (after the situation's answer). Reordering the loaded
  // results costs nothing; only when none of them is the carrier's does a filtered search run.
  const carrier = text && !filters.carrier ? carrierIn(q, terms) : undefined;
  if (carrier) {
    const lead = answer?.results.length ? items.slice(0, 1) : [];
    const rest = items.slice(lead.length);
    let own = rest.filter((d) => isCarriers(d, carrier));
    if (!own.length) own = await carrierPages(pf, words, terms, { ...filters, carrier });
    const ownUrls = new Set(own.map((d) => d.url));
    items = [...lead, ...own, ...rest.filter((d) => !ownUrls.has(d.url))].slice(0, limit);
  }
  const suggestion = text ? didYouMean(q, terms) : undefined;
  let withoutFilters: number | undefined;
  if (!results.length && Object.keys(filters).length && text)
    withoutFilters = (await pf.search(text, {}))?.results.length ?? 0;
  return {
    total: Math.max(results.length, items.length),
    items,
    filters: base?.filters ?? {},
    relaxed,
    suggestion,
    withoutFilters,
    query: text ?? '',
    // The reader's own words count too: 留学生 is marked whole, not only the site's 学生 in it.
    words: text ? queryWords(`${text} ${stripQuestionWords(q)}`, terms) : [],
  };
}
