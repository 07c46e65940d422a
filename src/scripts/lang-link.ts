/**
 * Keeps the reader on the same step when they switch language from the header: every
 * language link gets the current #step (an alias anchor points at its step's own id).
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
  const base = (link.getAttribute('href') ?? '').split('#')[0] ?? '';
  const sync = () => {
    const target = location.hash
      ? document.getElementById(decodeURIComponent(location.hash.slice(1)))
      : null;
    const id = target?.getAttribute('data-alias-of') ?? target?.id;
    link.href = id ? `${base}#${id}` : base;
  };
  sync();
  addEventListener('hashchange', sync);
}
