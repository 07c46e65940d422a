/** Loads /search-terms.json once, on the first search; a failed load is retried on the next call. */
import type { SearchTerms } from '../lib/query.ts';

let loading: Promise<SearchTerms> | undefined;

export function loadSearchTerms(): Promise<SearchTerms> {
  loading ??= fetch('/search-terms.json').then((r) => {
    if (!r.ok) throw new Error(`search terms: HTTP ${r.status}`);
    return r.json() as Promise<SearchTerms>;
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
