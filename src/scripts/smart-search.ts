/**
 * One search as a reader means it, on top of Pagefind: question words dropped, the guide of a
 * carrier named in the query first, all words relaxed to any word when nothing matches, a
 * "did you mean" for typos, and how many results removing the filters would give.
 */
import { carrierIn, didYouMean, situationsIn, stripQuestionWords } from '../lib/query.ts';
import { isSearchable } from '../lib/search.ts';
import type { PagefindApi, PagefindResponse, PagefindResult } from './pagefind-client.ts';
import { loadSearchTerms } from './search-terms.ts';

export interface SmartResult {
  results: PagefindResult[];
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

export async function smartSearch(
  pf: PagefindApi,
  q: string,
  filters: Record<string, string>,
): Promise<SmartResult> {
  const terms = await loadSearchTerms().catch(() => ({ carriers: [] }));
  const text = isSearchable(q) ? stripQuestionWords(q) : null;
  const base = await pf.search(text, { filters });
  const carrier = text && !filters.carrier ? carrierIn(q, terms) : undefined;
  let own = carrier ? await pf.search(text, { filters: { ...filters, carrier } }) : null;
  // The carrier's own pages even when they lack the other words ("povo 自动充值").
  if (carrier && !own?.results.length)
    own = await pf.search(null, { filters: { ...filters, carrier } });
  // A named situation ("回国 账单", "leaving the UK") puts the page that answers it first.
  const situation = text ? situationsIn(q, terms)[0] : undefined;
  const answer = situation ? await pf.search(null, { filters: { ...filters, situation } }) : null;
  let results = uniqueById([answer?.results ?? [], own?.results ?? [], base?.results ?? []]);
  let relaxed = false;
  const words = text?.split(/\s+/).filter(Boolean) ?? [];
  if (!results.length && words.length > 1) {
    const each = await Promise.all(words.map((w) => pf.search(w, { filters })));
    results = uniqueById(each.map((r) => r?.results ?? []));
    relaxed = results.length > 0;
  }
  const suggestion = text ? didYouMean(q, terms) : undefined;
  let withoutFilters: number | undefined;
  if (!results.length && Object.keys(filters).length && text)
    withoutFilters = (await pf.search(text, {}))?.results.length ?? 0;
  return { results, filters: base?.filters ?? {}, relaxed, suggestion, withoutFilters };
}
