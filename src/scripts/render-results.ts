/** Builds result markup with DOM APIs and textContent only (no innerHTML). */
import { rankSubResults, snippet, type SnippetOptions } from '../lib/search.ts';
import type { PagefindData } from './pagefind-client.ts';

/** What was searched: the query in the site's words and the words to mark. */
export type Searched = Pick<SnippetOptions, 'query' | 'words'>;

function excerpt(html: string, o: SnippetOptions): HTMLElement {
  const p = document.createElement('p');
  p.className = 'result-excerpt';
  for (const part of snippet(html, o)) {
    if (part.mark) {
      const m = document.createElement('mark');
      m.textContent = part.text;
      p.append(m);
    } else p.append(part.text);
  }
  return p;
}

export function resultItem(d: PagefindData, id: string, searched: Searched): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  li.id = id;
  const a = document.createElement('a');
  a.href = d.url;
  a.className = 'result-title';
  a.textContent = d.meta.title ?? d.url;
  li.append(a);
  const badges = [d.meta.carrier, d.meta.country].filter(Boolean) as string[];
  if (badges.length) {
    const b = document.createElement('span');
    b.className = 'result-badges';
    for (const text of badges) {
      const s = document.createElement('span');
      s.className = 'tag';
      s.textContent = text;
      b.append(s);
    }
    li.append(b);
  }
  li.append(excerpt(d.excerpt, { ...searched, title: d.meta.title }));
  const subs = rankSubResults(d.sub_results, d.excerpt, searched.words, 3);
  if (subs.length) {
    const ul = document.createElement('ul');
    ul.className = 'sub-results';
    for (const s of subs) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = s.url;
      link.textContent = s.title;
      item.append(link, excerpt(s.excerpt, { ...searched, title: s.title }));
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}
