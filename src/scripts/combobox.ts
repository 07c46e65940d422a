/**
 * Header search as an ARIA 1.2 combobox with a listbox popup (APG pattern):
 * ↓/↑ move through results, Enter opens the active one (or submits to the search page),
 * Escape closes the list, then clears the input. Results are announced in a live region.
 */
import type { SearchMessages } from '../i18n/index.ts';
import { countText, isSearchable, rankSubResults } from '../lib/search.ts';
import { must, mustClosest } from './dom.ts';
import { loadPagefind, type PagefindData } from './pagefind-client.ts';
import { smartSearch, type SmartResult } from './smart-search.ts';
import { loadSearchTerms } from './search-terms.ts';

/** How long a pause in typing starts a search (the index chunks load meanwhile). */
const PAUSE_MS = 50;

interface Option {
  href: string;
  title: string;
  meta: string;
  sub: boolean;
}

export function startCombobox(input: HTMLInputElement): void {
  // The reader has focused the search box: start loading what the first query needs.
  void loadSearchTerms().catch(() => undefined);
  void loadPagefind().catch(() => undefined);
  const root = mustClosest(input, '[data-header-search]');
  const form = input.form!;
  const listbox = must<HTMLUListElement>(root, '[role="listbox"]');
  const live = must(root, '[data-search-live]');
  const msg = JSON.parse(root.dataset.messages!) as SearchMessages;
  let options: Option[] = [];
  let active = -1;
  let seq = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');

  const open = (yes: boolean) => {
    listbox.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) setActive(-1);
  };

  function setActive(i: number): void {
    active = i;
    listbox
      .querySelectorAll('[role="option"]')
      .forEach((el, n) => el.setAttribute('aria-selected', String(n === i)));
    if (i < 0) input.removeAttribute('aria-activedescendant');
    else {
      const id = `${listbox.id}-${i}`;
      input.setAttribute('aria-activedescendant', id);
      document.getElementById(id)?.scrollIntoView({ block: 'nearest' });
    }
  }

  function render(list: Option[], total: number): void {
    options = list;
    listbox.replaceChildren(
      ...list.map((o, i) => {
        const li = document.createElement('li');
        li.id = `${listbox.id}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.className = o.sub ? 'option sub' : 'option';
        const title = document.createElement('span');
        title.className = 'option-title';
        title.textContent = o.title;
        li.append(title);
        if (o.meta) {
          const meta = document.createElement('span');
          meta.className = 'option-meta';
          meta.textContent = o.meta;
          li.append(meta);
        }
        li.addEventListener('mousedown', (e) => e.preventDefault());
        li.addEventListener('click', () => location.assign(o.href));
        return li;
      }),
    );
    live.textContent = countText(total, msg);
    open(list.length > 0);
  }

  async function update(): Promise<void> {
    const q = input.value.trim();
    const mine = ++seq;
    if (!isSearchable(q)) {
      render([], 0);
      live.textContent = '';
      return;
    }
    let res: SmartResult;
    let data: PagefindData[];
    try {
      // Wait briefly for the next key while Pagefind and the index chunks for what is typed load.
      const pause = new Promise((r) => setTimeout(r, PAUSE_MS));
      const pf = await loadPagefind();
      void pf.preload(q).catch(() => undefined);
      await pause;
      if (mine !== seq) return;
      res = await smartSearch(pf, q, {}, 5);
      if (mine !== seq) return;
      data = res.items;
    } catch {
      // Fail visibly: one option that opens the search page (which keeps its browse links); retried on the next key.
      if (mine !== seq) return;
      const failed = import.meta.env.DEV ? `${msg.failed} ${msg.devHint}` : msg.failed;
      render(
        [
          {
            href: `${form.action}?q=${encodeURIComponent(q)}`,
            title: failed,
            meta: '',
            sub: false,
          },
        ],
        0,
      );
      live.textContent = failed;
      return;
    }
    if (mine !== seq) return;
    const list: Option[] = [];
    for (const d of data) {
      list.push({
        href: d.url,
        title: d.meta.title ?? d.url,
        meta: [d.meta.carrier, d.meta.country].filter(Boolean).join(' · '),
        sub: false,
      });
      for (const s of rankSubResults(d.sub_results, d.excerpt, res.words, 2))
        list.push({ href: s.url, title: s.title, meta: '', sub: true });
    }
    list.push({
      href: `${form.action}?q=${encodeURIComponent(q)}`,
      title: msg.all.replace('{q}', q),
      meta: '',
      sub: false,
    });
    render(list, res.total);
  }

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!options.length) return;
      e.preventDefault();
      if (listbox.hidden) open(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(
        (active + step + options.length + (active < 0 && step < 0 ? 1 : 0)) % options.length,
      );
    } else if (e.key === 'Enter' && active >= 0 && !listbox.hidden) {
      e.preventDefault();
      location.assign(options[active]!.href);
    } else if (e.key === 'Escape') {
      if (!listbox.hidden) open(false);
      else input.value = '';
    }
  });
  input.addEventListener('blur', () => open(false));
  input.addEventListener('focus', () => options.length && input.value.trim() && open(true));
  if (input.value) void update();
}
