/**
 * One search as a reader means it, on top of Pagefind: question words dropped, the page of a
 * situation named in the query first, the guide of a carrier named in it next, all words
 * relaxed to any word when nothing matches, a "did you mean" for typos, and how many results
 * removing the filters would give. Returns the loaded data of the top `limit` results.
 */
import {
  carrierIn,
  didYouMean,
  situationsIn,
  stripQuestionWords,
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
}

const uniqueById = (lists: PagefindResult[][]) => {
  const seen = new Set<string>();
  return lists.flat().filter((r) => !seen.has(r.id) && !!seen.add(r.id));
};

const isCarriers = (d: PagefindData, carrier: string) =>
  (d.filters?.carrier ?? []).includes(carrier);

export async function smartSearch(
  pf: PagefindApi,
  q: string,
  filters: Record<string, string>,
  limit: number,
): Promise<SmartResult> {
  const text = isSearchable(q) ? stripQuestionWords(q) : null;
  // The terms file and the plain search load side by side.
  const [terms, base] = await Promise.all([
    loadSearchTerms().catch((): SearchTerms => ({ carriers: [] })),
    pf.search(text, { filters }),
  ]);
  // A named situation ("回国 账单", "leaving the UK") puts the page that answers it first.
  const situation = text ? situationsIn(q, terms)[0] : undefined;
  const answer = situation ? await pf.search(null, { filters: { ...filters, situation } }) : null;
  let results = uniqueById([answer?.results ?? [], base?.results ?? []]);
  let relaxed = false;
  const words = text?.split(/\s+/).filter(Boolean) ?? [];
  if (!results.length && words.length > 1) {
    const each = await Promise.all(words.map((w) => pf.search(w, { filters })));
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
    if (!own.length) {
      const hits = await pf.search(null, { filters: { ...filters, carrier } });
      own = await Promise.all((hits?.results ?? []).slice(0, 2).map((r) => r.data()));
    }
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
  };
}
