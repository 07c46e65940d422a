/** DOM look-ups for the browser scripts: a missing element is a named error, never a silent `!`. */
export class MissingElementError extends Error {
  override name = 'MissingElementError';
}

/** The element matching `selector` inside `root` (or `root` itself for `closest`), or a MissingElementError naming it. */
export function must<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new MissingElementError(`SIM Exit: expected an element matching ${selector}`);
  return el;
}

export function mustClosest<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.closest<T>(selector);
  if (!found) throw new MissingElementError(`SIM Exit: expected an ancestor matching ${selector}`);
  return found;
}
