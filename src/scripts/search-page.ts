/** The /{lang}/search/ page: reads ?q= from the URL, queries Pagefind, renders results. */
import { isSearchable, readState, toPagefindFilters } from '../lib/search.ts';
import { loadPagefind } from './pagefind-client.ts';
import { resultItem } from './render-results.ts';

export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-results]');
  const list = document.querySelector<HTMLOListElement>('[data-search-list]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  if (!root || !list || !status) return;
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Record<string, string>;
  const state = readState(location.search);
  if (!isSearchable(state.q) && !Object.keys(state.filters).length) return;
  status.textContent = messages.loading ?? '';
  const pf = await loadPagefind();
  const res = await pf.search(isSearchable(state.q) ? state.q : null, { filters: toPagefindFilters(state.filters) });
  const data = await Promise.all((res?.results ?? []).slice(0, 20).map((r) => r.data()));
  list.replaceChildren(...data.map((d, i) => resultItem(d, `result-${i}`)));
  status.textContent = data.length === 0 ? messages.none ?? '' : data.length === 1 ? messages.one ?? '' : (messages.many ?? '').replace('{n}', String(data.length));
  root.dataset.searchDone = '';
}
