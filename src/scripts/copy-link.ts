/**
 * Progressive enhancement of each step's "#" link: a "Copy link" button that copies the full
 * URL with the step's hash and announces the result to screen readers.
 */
const links = document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]');
if (links.length && navigator.clipboard) {
  const live = document.createElement('p');
  live.className = 'sr-only';
  live.setAttribute('role', 'status');
  document.body.append(live);
  for (const a of links) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.textContent = a.dataset.copyLabel ?? 'Copy link';
    button.addEventListener('click', async () => {
      const url = new URL(a.getAttribute('href')!, location.href).href;
      await navigator.clipboard.writeText(url);
      live.textContent = '';
      live.textContent = a.dataset.copied ?? '';
      button.dataset.copied = '';
      setTimeout(() => delete button.dataset.copied, 2000);
    });
    a.after(button);
  }
}
