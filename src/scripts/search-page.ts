/**
 * /{lang}/search/: the URL (?q=&country=&carrier=&simType=&channel=) is the state. Typing
 * replaces the history entry, changing a filter or submitting pushes one, Back restores it.
 * Filter options show how many results each value would leave.
 */
import type { SearchMessages } from '../i18n/index.ts';
import {
  FILTER_KEYS,
  countText,
  isSearchable,
  readState,
  toPagefindFilters,
  writeState,
  type SearchState,
} from '../lib/search.ts';
import { must } from './dom.ts';
import { loadPagefind, type PagefindData } from './pagefind-client.ts';
import { smartSearch, type SmartResult } from './smart-search.ts';
import { resultItem } from './render-results.ts';

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const rootEl = document.querySelector<HTMLElement>('[data-search-results]');
  const listEl = document.querySelector<HTMLOListElement>('[data-search-list]');
  const statusEl = document.querySelector<HTMLElement>('[data-search-status]');
  const hintEl = document.querySelector<HTMLElement>('[data-search-hint]');
  const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
  if (!form || !rootEl || !listEl || !statusEl || !hintEl) return;
  const hint: HTMLElement = hintEl;
  const root: HTMLElement = rootEl;
  const list: HTMLOListElement = listEl;
  const status: HTMLElement = statusEl;
  const input = must<HTMLInputElement>(form, 'input[name="q"]');
  const selects = new Map(
    FILTER_KEYS.map((k) => [k, must<HTMLSelectElement>(form, `select[name="${k}"]`)]),
  );
  const messages = JSON.parse(root.dataset.messages!) as SearchMessages;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Only values that exist as options count; anything else in the URL is ignored. */
  function fromUrl(): SearchState {
    const s = readState(location.search);
    for (const [k, sel] of selects)
      if (s.filters[k] && ![...sel.options].some((o) => o.value === s.filters[k]))
        delete s.filters[k];
    return s;
  }

  function fromForm(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const [k, sel] of selects) if (sel.value) filters[k] = sel.value;
    return { q: input.value.trim(), filters };
  }

  function toForm(s: SearchState): void {
    input.value = s.q;
    for (const [k, sel] of selects) sel.value = s.filters[k] ?? '';
  }

  async function run(s: SearchState): Promise<void> {
    const mine = ++seq;
    const hasFilters = Object.keys(s.filters).length > 0;
    if (!isSearchable(s.q) && !hasFilters) {
      list.replaceChildren();
      status.textContent = '';
      if (fallback) fallback.hidden = false;
      root.dataset.searchDone = '';
      return;
    }
    status.textContent = messages.loading;
    let res: SmartResult;
    let data: PagefindData[];
    try {
      const pf = await loadPagefind();
      res = await smartSearch(pf, s.q, toPagefindFilters(s.filters), 20);
      if (mine !== seq) return;
      data = res.items;
    } catch {
      // Fail visibly, keep the browse links, and retry on the next query (the load is not cached).
      if (mine !== seq) return;
      list.replaceChildren();
      status.textContent = import.meta.env.DEV
        ? `${messages.failed} ${messages.devHint}`
        : messages.failed;
      root.dataset.searchFailed = '';
      if (fallback) fallback.hidden = false;
      root.dataset.searchDone = '';
      return;
    }
    if (mine !== seq) return;
    delete root.dataset.searchFailed;

    list.replaceChildren(...data.map((d, i) => resultItem(d, `result-${i}`, res)));
    const n = res.total;
    status.textContent = res.relaxed
      ? `${countText(n, messages)} ${messages.relaxed}`
      : countText(n, messages);
    showHints(s, res);
    if (fallback) fallback.hidden = n > 0;
    showCounts(res.filters);
    root.dataset.searchDone = '';
  }

  /** "Did you mean …?" and "remove the filters (n results)": links to the same page with a new URL state. */
  function showHints(s: SearchState, res: SmartResult): void {
    const parts: Node[] = [];
    const link = (state: SearchState, text: string) => {
      const a = document.createElement('a');
      a.href = `${location.pathname}${writeState(state)}`;
      a.textContent = text;
      return a;
    };
    if (res.suggestion) {
      const [before = '', after = ''] = messages.didYouMean.split('{q}');
      parts.push(
        document.createTextNode(before),
        link({ ...s, q: res.suggestion }, res.suggestion),
        document.createTextNode(after + ' '),
      );
    }
    if (res.withoutFilters) {
      parts.push(
        link(
          { q: s.q, filters: {} },
          messages.removeFilters.replace('{n}', String(res.withoutFilters)),
        ),
      );
    }
    hint.replaceChildren(...parts);
    hint.hidden = parts.length === 0;
  }

  function showCounts(counts: Record<string, Record<string, number>>): void {
    for (const [k, sel] of selects) {
      for (const o of sel.options) {
        if (!o.value) continue;
        const c = counts[k]?.[o.value];
        o.textContent = c === undefined ? o.dataset.label! : `${o.dataset.label} (${c})`;
      }
    }
  }

  function commit(push: boolean): void {
    const s = fromForm();
    const url = `${location.pathname}${writeState(s)}`;
    if (url !== `${location.pathname}${location.search}`)
      history[push ? 'pushState' : 'replaceState'](null, '', url);
    delete root.dataset.searchDone;
    void run(s);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    commit(true);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => commit(false), 200);
  });
  for (const sel of selects.values()) sel.addEventListener('change', () => commit(true));
  addEventListener('popstate', () => {
    const s = fromUrl();
    toForm(s);
    delete root.dataset.searchDone;
    void run(s);
  });

  const initial = fromUrl();
  toForm(initial);
  void run(initial);
}
