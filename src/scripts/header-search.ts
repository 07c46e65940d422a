/**
 * Tiny bootstrap on every page: "/" and Ctrl/Cmd+K focus the header search; the combobox
 * code and Pagefind load only when the reader starts searching.
 */
const input = document.querySelector<HTMLInputElement>('[data-header-search] input[name="q"]');

function focusSearch(e: KeyboardEvent): void {
  const t = e.target as HTMLElement | null;
  const typing = !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  const hotkey = (e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey);
  if (input && (hotkey || (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey))) {
    e.preventDefault();
    input.focus();
    input.select();
  }
}

let started = false;
function enhance(): void {
  if (started || !input) return;
  started = true;
  void import('./combobox.ts').then((m) => m.startCombobox(input));
}

if (input) {
  document.addEventListener('keydown', focusSearch);
  input.addEventListener('focus', enhance, { once: true });
  input.addEventListener('input', enhance, { once: true });
  if (document.activeElement === input) enhance();
}
