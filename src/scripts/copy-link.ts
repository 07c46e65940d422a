/**
 * Progressive enhancement of each step's one self-link: a click still goes to the step
 * (the address bar gets its #id and the step lights up), and also copies the full URL, with a
 * visible "Link copied" next to the link and the same words announced to screen readers.
 * Without JavaScript, or without clipboard access, it is a plain link. The words come from the
 * guide body's data-copied / data-copy-failed, in the page's language.
 */
const links = document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]');
if (links.length && navigator.clipboard) {
  const live = document.createElement('p');
  live.className = 'sr-only';
  live.setAttribute('role', 'status');
  document.body.append(live);
  let timer: ReturnType<typeof setTimeout> | undefined;
  for (const a of links) {
    const words = a.closest<HTMLElement>('[data-copied]')?.dataset ?? {};
    a.addEventListener('click', () => {
      const url = new URL(a.getAttribute('href') ?? '', location.href).href;
      navigator.clipboard.writeText(url).then(
        () => {
          for (const other of links) delete other.dataset.copiedShown;
          a.setAttribute('data-copied-shown', words.copied ?? '');
          live.textContent = words.copied ?? '';
          clearTimeout(timer);
          timer = setTimeout(() => {
            a.removeAttribute('data-copied-shown');
            live.textContent = '';
          }, 4000);
        },
        () => {
          live.textContent = words.copyFailed ?? '';
        },
      );
    });
  }
}
