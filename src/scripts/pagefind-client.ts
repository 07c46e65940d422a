/** Loads Pagefind's browser API once, on demand; a failed load is retried on the next call. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  /** The page's filter values (country, carrier, situation, ...). */
  filters?: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  /** Remaining result counts per filter value for this search. */
  filters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (
    q: string | null,
    o?: { filters?: Record<string, string> },
  ) => Promise<PagefindResponse | null>;
  debouncedSearch: (
    q: string,
    o?: { filters?: Record<string, string> },
    ms?: number,
  ) => Promise<PagefindResponse | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** Starts loading the index entry, metadata and WebAssembly without waiting for a query. */
  init: () => Promise<void>;
  /** Loads the index chunks a query needs, without searching. */
  preload: (q: string, o?: { filters?: Record<string, string> }) => Promise<void>;
}

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  const url = '/pagefind/pagefind.js';
  loading ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pf) => {
    // Our index is small: searching on the main thread saves the worker script (about 12 KB gzip).
    // "…" marks where an excerpt is cut (src/lib/search.ts snippet() keeps it tidy).
    await pf.options({ excerptLength: 24, excerptEllipsis: '…', noWorker: true });
    // Pagefind would wait for the first search to fetch its entry file, metadata and wasm.
    await pf.init();
    return pf;
  });
  // A failed load (no index in `astro dev`, a dropped connection) is not cached: the next query retries.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
